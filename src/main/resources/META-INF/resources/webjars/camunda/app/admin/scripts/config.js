// Configuration of Camunda's Admin webapp (it replaces the webjar's scripts/config.js).
//
// Languages: shared by all webapps (../../shared/scripts/language.js).
import {AVAILABLE_LOCALES, FALLBACK_LOCALE, requireJsConfig} from '../../shared/scripts/language.js';

export default {
  // groups under their names in the staff member's language (scripts/names.js)
  customScripts: ['scripts/names'],
  locales: {
    availableLocales: AVAILABLE_LOCALES,
    fallbackLocale: FALLBACK_LOCALE
  },
  requireJsConfig: await requireJsConfig(import.meta.url)
};
