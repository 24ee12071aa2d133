// Loaded by config.js for Russian only (an AngularJS module of the webapp's "custom" module).
define(['angular'], function (angular) {
  'use strict';
  // The date pickers' calendar words are the shared ones (../../shared/scripts/russian-calendar.js).
  return angular.module('supportdesk.russian', [])
    // The webapp defines moment's Russian locale when ru.json arrives, and English again when the
    // fallback en.json arrives; moment then writes dates in whichever came last, and "created 5
    // minutes ago" stays in the language it was first written in. Follow the language the page
    // shows, after every load, and have those texts written again (Tasklist's amMoment does both).
    .run(['$rootScope', '$translate', 'amMoment', 'moment', function ($rootScope, $translate, amMoment, moment) {
      function followTheTranslations() {
        if ($translate.use() && moment.locales().indexOf($translate.use()) >= 0) {
          amMoment.changeLocale($translate.use());
        }
      }
      $rootScope.$on('$translateChangeSuccess', followTheTranslations);
      $rootScope.$on('$translateLoadingEnd', followTheTranslations);
    }]);
});
