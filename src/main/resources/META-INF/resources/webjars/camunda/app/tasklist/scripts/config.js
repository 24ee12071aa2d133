// Configuration of Camunda's Tasklist webapp (it replaces the webjar's scripts/config.js).
//
// Languages: shared by all webapps (../../shared/scripts/language.js).
import {AVAILABLE_LOCALES, FALLBACK_LOCALE, language, requireJsConfig, russianCalendarModules, staffZoneModules, translateFixedTexts} from '../../shared/scripts/language.js';

translateFixedTexts();

// Tasklist shows these descriptions as they are (they do not pass through its translations),
// so the language is chosen here, by the same rule.
const SHORTCUT_DESCRIPTIONS = {
  en: {
    claimTask: 'claims the currently selected task',
    focusFilter: 'set the focus to the first filter in the list',
    focusList: 'sets the focus to the first task in the list',
    focusForm: 'sets the focus to the first input field in a task form',
    startProcess: 'opens the start process modal dialog'
  },
  ru: {
    claimTask: 'взять в работу выбранную задачу',
    focusFilter: 'перейти к первому фильтру в списке',
    focusList: 'перейти к первой задаче в списке',
    focusForm: 'перейти к первому полю формы задачи',
    startProcess: 'открыть окно запуска процесса'
  }
};
const SHORTCUT_KEYS = {
  claimTask: 'ctrl+alt+c',
  focusFilter: 'ctrl+shift+f',
  focusList: 'ctrl+alt+l',
  focusForm: 'ctrl+alt+f',
  startProcess: 'ctrl+alt+p'
};
const shortcuts = Object.fromEntries(Object.entries(SHORTCUT_KEYS).map(([name, key]) =>
  [name, {key, description: SHORTCUT_DESCRIPTIONS[language][name]}]));

// Russian dates beyond what locales/ru.json can do (see scripts/russian.js).
const RUSSIAN_DATES = {
  deps: ['scripts/russian'],
  ngDeps: ['supportdesk.russian']
};

// The task's due-date and follow-up-date pickers in the staff member's time zone, named beside them
// (see scripts/task-dates.js).
const PICKER_ZONE = {
  en: {pickerZone: 'Time zone:'},
  ru: {pickerZone: 'Часовой пояс:'}
};
const TASK_DATES = {
  deps: ['scripts/task-dates'],
  ngDeps: ['supportdesk.taskDates'],
  config: {'scripts/task-dates': PICKER_ZONE[language]}
};
const modules = language === 'ru'
  ? {deps: [...RUSSIAN_DATES.deps, ...TASK_DATES.deps], ngDeps: [...RUSSIAN_DATES.ngDeps, ...TASK_DATES.ngDeps], config: TASK_DATES.config}
  : TASK_DATES;

export default {
  // the support desk's workspace: live appeal tab, queue cards, deadline order, numbers after a start
  // (scripts/workspace/, see README "Working in Tasklist")
  customScripts: ['scripts/workspace/workspace'],
  locales: {
    availableLocales: AVAILABLE_LOCALES,
    fallbackLocale: FALLBACK_LOCALE
  },
  shortcuts,
  // dates in the staff member's time zone (shared/scripts/staff-zone.js), set in it too (scripts/task-dates.js);
  // a Russian calendar in the date pickers of a Russian page (shared/scripts/russian-calendar.js)
  requireJsConfig: await requireJsConfig(import.meta.url, staffZoneModules(russianCalendarModules(modules)))
};
