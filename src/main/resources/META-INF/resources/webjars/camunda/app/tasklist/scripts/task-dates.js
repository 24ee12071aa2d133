// The due-date and follow-up-date pickers of a task's header in the staff member's time zone
// (shared/scripts/staff-zone.js), whatever zone the computer is set to; the picker names that zone.
//
// Camunda's inline field (camWidgetInlineField) reads and writes the picked time in the computer's
// zone: it opens on the task's time as the computer's clock shows it, and hands back the picked
// wall time, which the task's header then reads as the computer's. Here the field opens on the
// staff zone's wall time, and before it hands the picked time back it turns it into the
// computer's wall time of the same moment; the header sends the moment to the engine as before.
// Other inline fields (Tasklist's search pills) stay as Camunda has them.
//
// Loaded by config.js (requireJsConfig) in every language; module.config() gives the picker's words.
define(['angular', 'module', 'staff-zone'], function (angular, module) {
  'use strict';
  var texts = module.config();

  // what the field shows above the picker while it is open, and the end of the picker's controls
  var PREVIEW = '{{ formData.dateValue | camDate }}';
  var TIMEPICKER = 'ng-change="changeDate(this)"></div>\n  </span>';
  var ZONE = '<div class="sd-picker-zone" ng-if="pickerZone">' + texts.pickerZone
    + ' <i class="staff-time-zone">{{ pickerZone }}</i></div>';
  // how Camunda's field hands a picked time back (its default dateFormat)
  var WALL_TIME = 'yyyy-MM-dd\'T\'HH:mm:ss';

  function isTaskDate(element, attrs) {
    return attrs.type === 'datetime' && !!element[0].closest('[cam-tasklist-task-meta]');
  }

  return angular.module('supportdesk.taskDates', ['supportdesk.staffZone'])
    .config(['$provide', function ($provide) {
      $provide.decorator('camWidgetInlineFieldDirective', ['$delegate', '$filter', 'staffZone', function ($delegate, $filter, staffZone) {
        var field = $delegate[0];
        var template = field.template;
        var timepickerEnd = template.lastIndexOf(TIMEPICKER);
        if (template.indexOf(PREVIEW) < 0 || timepickerEnd < 0) {
          // another Camunda version drew the field differently: leave its times in the computer's zone
          // rather than show them shifted twice
          window.console.warn('Tasklist\'s date picker has changed: due and follow-up times stay in the computer\'s zone');
          return $delegate;
        }
        var insertAt = timepickerEnd + 'ng-change="changeDate(this)"></div>'.length;
        field.template = (template.slice(0, insertAt) + '\n    ' + ZONE + template.slice(insertAt))
          .replace(PREVIEW, '{{ pickedMoment(formData.dateValue) | camDate }}');

        var link = field.link;
        var date = $filter('date');
        field.compile = function () {
          return function (scope, element, attrs) {
            link.apply(this, arguments);
            scope.pickedMoment = function (value) {
              return value;
            };
            if (!isTaskDate(element, attrs)) {
              return;
            }
            scope.pickedMoment = function (value) {
              return scope.pickerZone && value instanceof Date ? staffZone.momentOf(value) : value;
            };

            var startEditing = scope.startEditing;
            scope.startEditing = function () {
              var opening = !scope.editing;
              startEditing.apply(this, arguments);
              if (!opening || !scope.editing) {
                return;
              }
              // Camunda's field opens on the value as the computer's clock reads it (now, without a value)
              scope.pickerZone = staffZone.zone();
              var shown = scope.formData.dateValue;
              if (scope.pickerZone && shown !== undefined && shown !== null) {
                scope.formData.dateValue = staffZone.wallTime(new Date(shown));
              }
            };

            var change = scope.change;
            scope.change = function () {
              var picked = scope.formData.dateValue;
              if (scope.pickerZone && picked instanceof Date) {
                scope.varValue = date(staffZone.momentOf(picked), WALL_TIME);
              }
              return change.apply(this, arguments);
            };
          };
        };
        return $delegate;
      }]);
    }]);
});
