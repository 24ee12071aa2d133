// Configuration of Camunda's Welcome webapp (it replaces the webjar's scripts/config.js).
//
// Languages: shared by all webapps (../../shared/scripts/language.js).
import {AVAILABLE_LOCALES, FALLBACK_LOCALE, language, requireJsConfig} from '../../shared/scripts/language.js';

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
  },
  requireJsConfig: await requireJsConfig(import.meta.url)
};
