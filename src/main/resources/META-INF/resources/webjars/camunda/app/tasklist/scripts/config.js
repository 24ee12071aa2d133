// Configuration of Camunda's Tasklist webapp (it replaces the webjar's scripts/config.js).
//
// Languages: the webapp takes the first language of the browser if it is listed here, else the
// fallback; locales/ru.json is ours, en is Camunda's. Russian dates come from locales/ru.json
// (its dateLocales) on top of moment's Russian locale.
const AVAILABLE_LOCALES = ['en', 'ru'];
const FALLBACK_LOCALE = 'en';

// The page itself says it is English; tell screen readers and the browser the language the
// webapp will show, chosen by the webapp's own rule.
const browserLanguage = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .split('-')[0].toLowerCase();
const language = AVAILABLE_LOCALES.includes(browserLanguage) ? browserLanguage : FALLBACK_LOCALE;
document.documentElement.lang = language;

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

export default {
  locales: {
    availableLocales: AVAILABLE_LOCALES,
    fallbackLocale: FALLBACK_LOCALE
  },
  shortcuts
};
