// The due-date and follow-up-date pickers of a task's header, and the dates of the task search's
// pills (due, follow-up, created), in the staff member's time zone (shared/scripts/staff-zone.js),
// whatever zone the computer is set to; the picker names that zone.
//
// Camunda's inline field (camWidgetInlineField) reads and writes the picked time in the computer's
// zone: it opens on the task's time as the computer's clock shows it, and hands back the picked
// (or, in a pill switched to text, typed) wall time, which the task's header and the task search
// then read as the computer's. Here the field opens on the staff zone's wall time, and before it
// hands the picked or typed time back it turns it into the computer's wall time of the same moment;
// the header sends the moment to the engine as before, the search asks for it, and the pill, which
// writes its date through camDate, shows it in the staff zone again. Other inline fields stay as
// Camunda has them.
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

  // a wall time as Camunda's field writes it, and as a staff member types it into a pill
  var WALL_TIME_TEXT = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)$/;

  function isTaskDate(element, attrs) {
    return attrs.type === 'datetime' && !!element[0].closest('[cam-tasklist-task-meta]');
  }

  /** The value of a search pill (Tasklist's task search): a date for the date types, as text or picked. */
  function isSearchValue(element) {
    return element.hasClass('value-field') && !!element[0].closest('[cam-widget-search-pill]');
  }

  /** A Date whose local fields read the wall time written, or null for other text. */
  function wallTimeIn(text) {
    var parts = WALL_TIME_TEXT.exec(typeof text === 'string' ? text.trim() : '');
    return parts && new Date(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]), Number(parts[4]),
      Number(parts[5]), Number(parts[6]));
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
            if (!isTaskDate(element, attrs) && !isSearchValue(element)) {
              return;
            }
            scope.pickedMoment = function (value) {
              return scope.pickerZone && value instanceof Date ? staffZone.momentOf(value) : value;
            };

            // Camunda's field has just read its value as the computer's clock shows it (on opening, or
            // on switching between picker and text): show the staff zone's instead
            function showInStaffZone() {
              scope.pickerZone = staffZone.zone();
              if (!scope.pickerZone) {
                return;
              }
              if (scope.varType === 'datetime') {
                // without a value: now, as the computer's clock reads it
                var shown = scope.formData.dateValue;
                if (shown !== undefined && shown !== null) {
                  scope.formData.dateValue = staffZone.wallTime(new Date(shown));
                }
              } else if (wallTimeIn(scope.formData.editValue)) {
                scope.formData.editValue = date(staffZone.wallTime(wallTimeIn(scope.formData.editValue)), WALL_TIME);
              }
            }

            // called as the field opens, after it read the value and before it keeps the text to show
            var onStart = scope.onStart;
            scope.onStart = function () {
              showInStaffZone();
              return onStart.apply(this, arguments);
            };

            var changeType = scope.changeType;
            scope.changeType = function () {
              var result = changeType.apply(this, arguments);
              showInStaffZone();
              return result;
            };

            var change = scope.change;
            scope.change = function () {
              if (scope.pickerZone) {
                var meant = scope.varType === 'datetime' ? scope.formData.dateValue : wallTimeIn(scope.varValue);
                if (meant instanceof Date) {
                  scope.varValue = date(staffZone.momentOf(meant), WALL_TIME);
                }
              }
              return change.apply(this, arguments);
            };
          };
        };
        return $delegate;
      }]);
    }]);
});
