// Configuration of Camunda's Cockpit webapp (it replaces the webjar's scripts/config.js).
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

// Russian dates beyond what locales/ru.json can do (see scripts/russian.js).
const RUSSIAN_DATES = {
  deps: ['scripts/russian'],
  ngDeps: ['supportdesk.russian']
};

export default {
  // processes, tasks and groups under their names in the staff member's language (scripts/names.js)
  customScripts: ['scripts/names'],
  locales: {
    availableLocales: AVAILABLE_LOCALES,
    fallbackLocale: FALLBACK_LOCALE
  },
  ...(language === 'ru' ? {requireJsConfig: RUSSIAN_DATES} : {})
};
