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

// The diagram viewer's zoom buttons have tooltips written into Camunda's template in English; they
// do not pass through its translations, so a Russian page gets them in Russian here.
const FIXED_TOOLTIPS = {'zoom in': 'Увеличить', 'zoom out': 'Уменьшить', 'reset zoom': 'Исходный масштаб'};
if (language === 'ru') {
  const translateTooltips = element => [element, ...element.querySelectorAll('[title]')].forEach(candidate => {
    const russian = FIXED_TOOLTIPS[candidate.getAttribute('title')];
    if (russian) {
      candidate.setAttribute('title', russian);
    }
  });
  new MutationObserver(mutations => mutations.forEach(mutation => mutation.addedNodes.forEach(node => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      translateTooltips(node);
    }
  }))).observe(document.documentElement, {childList: true, subtree: true});
}

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

export default {
  // the support desk's workspace: live appeal tab, queue cards, deadline order, numbers after a start
  // (scripts/workspace/, see README "Working in Tasklist")
  customScripts: ['scripts/workspace/workspace'],
  locales: {
    availableLocales: AVAILABLE_LOCALES,
    fallbackLocale: FALLBACK_LOCALE
  },
  shortcuts,
  ...(language === 'ru' ? {requireJsConfig: RUSSIAN_DATES} : {})
};
