// Russian words for the date pickers of every webapp (Tasklist's due and follow-up dates, the search
// pills' dates of Tasklist, Cockpit and Admin): AngularJS's own calendar words, since Camunda ships
// its English $locale only. Loaded for Russian only (see language.js, russianCalendarModules).
define(['angular'], function (angular) {
  'use strict';
  // Month names as the date filter writes them: MMMM after a day ("20 марта"), LLLL alone ("март 2030").
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

  return angular.module('supportdesk.russianCalendar', [])
    .run(['$locale', 'uibDatepickerConfig', function ($locale, datepicker) {
      angular.extend($locale.DATETIME_FORMATS, CALENDAR);
      // the picker's title names the month alone: "март 2030", not "марта 2030"
      datepicker.formatDayTitle = 'LLLL yyyy';
      datepicker.formatMonth = 'LLLL';
    }]);
});
