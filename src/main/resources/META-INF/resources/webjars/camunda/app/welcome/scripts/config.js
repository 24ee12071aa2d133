// Configuration of Camunda's Welcome webapp (it replaces the webjar's scripts/config.js).
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

// The app's name heads the login page and the header ("Camunda Welcome"); it is configuration,
// not a translation, so the language is chosen here, by the webapp's rule.
const APP_NAMES = {en: 'Welcome', ru: 'Начальная страница'};

export default {
  app: {
    vendor: 'Camunda',
    name: APP_NAMES[language]
  },
  locales: {
    availableLocales: AVAILABLE_LOCALES,
    fallbackLocale: FALLBACK_LOCALE
  }
};
