// Configuration of Camunda's Cockpit webapp (it replaces the webjar's scripts/config.js).
//
// Languages: shared by all webapps (../../shared/scripts/language.js).
import {AVAILABLE_LOCALES, FALLBACK_LOCALE, language, requireJsConfig, russianCalendarModules, staffZoneModules, translateFixedTexts} from '../../shared/scripts/language.js';

translateFixedTexts();

// Russian dates beyond what locales/ru.json can do (see scripts/russian.js).
const RUSSIAN_DATES = {
  deps: ['scripts/russian'],
  ngDeps: ['supportdesk.russian']
};

export default {
  // processes, tasks and groups under their names in the staff member's language (scripts/names.js);
  // the staff member's own time zone chosen in the footer (scripts/zone-choice.js)
  customScripts: ['scripts/names', 'scripts/zone-choice'],
  locales: {
    availableLocales: AVAILABLE_LOCALES,
    fallbackLocale: FALLBACK_LOCALE
  },
  // dates in the staff member's time zone (shared/scripts/staff-zone.js), a Russian calendar in the
  // date pickers of a Russian page
  requireJsConfig: await requireJsConfig(import.meta.url,
    staffZoneModules(russianCalendarModules(language === 'ru' ? RUSSIAN_DATES : {})))
};
