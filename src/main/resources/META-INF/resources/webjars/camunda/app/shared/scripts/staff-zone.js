// Camunda's own dates (Cockpit's and Admin's tables, Tasklist's due and follow-up tooltips: the
// camDate filter) in the staff member's time zone: the one they chose in a webapp's footer, else
// the desk's (GET /api/workspace/settings), whatever zone the computer is set to. The footer names
// that zone. Until the zone is known (signed out) the webapp writes times in the computer's zone, as
// Camunda does, and the footer says so.
//
// Loaded by the config.js of Tasklist, Cockpit and Admin (see language.js, requireJsConfig), in every
// language; module.config() gives the footer's words in the page's language.
define(['angular', 'module'], function (angular, module) {
  'use strict';
  var options = module.config();
  var appRoot = document.querySelector('base').getAttribute('app-root') || '/camunda';
  var SETTINGS = appRoot.slice(0, appRoot.lastIndexOf('/')) + '/api/workspace/settings';

  var zone = null;
  var own = false;
  var fields = null;
  var loading = false;

  /** The wall time of the moment in the zone, as a Date whose local fields read that wall time. */
  function wallTime(date) {
    var parts = {};
    fields.formatToParts(date).forEach(function (part) {
      parts[part.type] = part.value;
    });
    return new Date(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour) % 24,
      Number(parts.minute), Number(parts.second), date.getMilliseconds());
  }

  /** The moment whose wall time in the zone is the one the local fields of wall read (wallTime undone). */
  function momentOf(wall) {
    var asIfUtc = Date.UTC(wall.getFullYear(), wall.getMonth(), wall.getDate(), wall.getHours(), wall.getMinutes(),
      wall.getSeconds(), wall.getMilliseconds());
    var first = asIfUtc - offsetAt(asIfUtc);
    // near a change of the zone's offset the first guess can stand on the other side of it
    return new Date(asIfUtc - offsetAt(first));
  }

  /** How far the zone's wall clock is ahead of UTC at that moment, in milliseconds. */
  function offsetAt(millis) {
    var wall = wallTime(new Date(millis));
    return Date.UTC(wall.getFullYear(), wall.getMonth(), wall.getDate(), wall.getHours(), wall.getMinutes(),
      wall.getSeconds(), wall.getMilliseconds()) - millis;
  }

  function asDate(input) {
    if (input instanceof Date) {
      return input;
    }
    if (typeof input === 'number') {
      return new Date(input);
    }
    // the engine writes offsets as +0300
    return new Date(String(input).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  }

  function load($rootScope) {
    if (zone || loading) {
      return;
    }
    loading = true;
    fetch(SETTINGS, {credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json'}})
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (settings) {
        loading = false;
        if (settings && settings.timeZone) {
          try {
            fields = new Intl.DateTimeFormat('en-US', {timeZone: settings.timeZone, hourCycle: 'h23',
              year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'});
            zone = settings.timeZone;
            own = !!settings.ownTimeZone;
            $rootScope.$applyAsync();
          } catch (e) {
            // a zone this browser does not know: the computer's, as Camunda does
          }
        }
      }, function () {
        loading = false;
      });
  }

  /** The footer names the zone times are shown in (Camunda's note names the computer's). */
  function nameTheZoneInTheFooter() {
    var note = document.getElementById('footer-timezone');
    if (!note || !zone || note.getAttribute('data-zone') === zone) {
      return;
    }
    note.setAttribute('data-zone', zone);
    note.textContent = (own ? options.ownZone : options.deskZone) + ' ';
    var name = document.createElement('i');
    name.className = 'staff-time-zone';
    name.textContent = zone;
    note.appendChild(name);
    document.dispatchEvent(new CustomEvent('supportdesk:staff-zone', {detail: {zone: zone, own: own}}));
  }

  return angular.module('supportdesk.staffZone', [])
    // for other modules that let staff enter times (Tasklist's task-dates.js); null and unchanged dates
    // until the zone is known
    .factory('staffZone', function () {
      return {
        zone: function () {
          return zone;
        },
        /** A Date whose local fields read the moment's wall time in the zone (what a picker shows). */
        wallTime: function (date) {
          return zone ? wallTime(date) : date;
        },
        /** The moment a Date's local fields name in the zone (what a picker means). */
        momentOf: function (wall) {
          return zone ? momentOf(wall) : wall;
        }
      };
    })
    .config(['$provide', function ($provide) {
      $provide.decorator('camDateFilter', ['$delegate', function (camDate) {
        function inStaffZone(input, format) {
          if (!zone || !input) {
            return camDate(input, format);
          }
          var date = asDate(input);
          return isNaN(date.getTime()) ? camDate(input, format) : camDate(wallTime(date), format);
        }
        // the zone arrives after the first drawing: the filter gives another answer for the same input then
        inStaffZone.$stateful = true;
        return inStaffZone;
      }]);
    }])
    .run(['$rootScope', function ($rootScope) {
      load($rootScope);
      // signed in after the page loaded: ask again
      $rootScope.$on('$routeChangeSuccess', function () {
        load($rootScope);
      });
      $rootScope.$watch(nameTheZoneInTheFooter);
    }]);
});
