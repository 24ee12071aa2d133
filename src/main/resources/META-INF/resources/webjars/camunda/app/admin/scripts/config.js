// Configuration of Camunda's Admin webapp (it replaces the webjar's scripts/config.js).
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
document.documentElement.lang = AVAILABLE_LOCALES.includes(browserLanguage) ? browserLanguage : FALLBACK_LOCALE;

export default {
  locales: {
    availableLocales: AVAILABLE_LOCALES,
    fallbackLocale: FALLBACK_LOCALE
  }
};
