// Loaded by config.js for Russian only (an AngularJS module of the webapp's "custom" module).
define(['angular'], function (angular) {
  'use strict';
  // AngularJS's own calendar words (Camunda ships its English $locale only): the date pickers (due and
  // follow-up dates, the search's dates) write month and day names with them. Month names as the
  // date filter writes them: MMMM after a day ("20 марта"), LLLL alone ("март 2030").
  var CALENDAR = {
    MONTH: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
      'ноября', 'декабря'],
    STANDALONEMONTH: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь',
      'ноябрь', 'декабрь'],
    SHORTMONTH: ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
    DAY: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
    SHORTDAY: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
    // the week starts on Monday (AngularJS counts from Monday = 0)
    FIRSTDAYOFWEEK: 0
  };

  return angular.module('supportdesk.russian', [])
    .run(['$locale', 'uibDatepickerConfig', function ($locale, datepicker) {
      angular.extend($locale.DATETIME_FORMATS, CALENDAR);
      // the picker's title names the month alone: "март 2030", not "марта 2030"
      datepicker.formatDayTitle = 'LLLL yyyy';
      datepicker.formatMonth = 'LLLL';
    }])
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
