// Loaded by config.js for Russian only (an AngularJS module of the webapp's "custom" module;
// Cockpit lends its moment to such modules).
define(['angular', 'moment'], function (angular, moment) {
  'use strict';
  return angular.module('supportdesk.russian', [])
    // Cockpit shows most times (instance start and end, jobs, incidents) in its "normal" date
    // format, which its own code fixes to ISO (YYYY-MM-DDTHH:mm:ss) instead of reading config.js.
    // This runs after that setting and writes them the Russian way. The other formats are moment's
    // locale formats, Russian through locales/ru.json.
    .config(['camDateFormatProvider', function (formats) {
      formats.setDateFormat('DD.MM.YYYY HH:mm:ss', 'normal');
    }])
    // The webapp defines moment's Russian locale when ru.json arrives, and English again when the
    // fallback en.json arrives; moment then writes dates in whichever came last. Follow the
    // language the page shows, after every load.
    .run(['$rootScope', '$translate', function ($rootScope, $translate) {
      function followTheTranslations() {
        if ($translate.use() && moment.locales().indexOf($translate.use()) >= 0) {
          moment.locale($translate.use());
        }
      }
      $rootScope.$on('$translateChangeSuccess', followTheTranslations);
      $rootScope.$on('$translateLoadingEnd', followTheTranslations);
    }]);
});
