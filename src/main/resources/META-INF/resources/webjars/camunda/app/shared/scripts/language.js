// The staff member's language in Camunda's webapps, shared by the config.js of every webapp (an
// ES module; config.js imports it).
//
// Languages: a webapp takes the first language of the browser if it is listed here, else the
// fallback; locales/ru.json of every webapp is ours, en is Camunda's.
export const AVAILABLE_LOCALES = ['en', 'ru'];
export const FALLBACK_LOCALE = 'en';

const browserLanguage = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .split('-')[0].toLowerCase();

/** The language the webapp will show, chosen by the webapp's own rule. */
export const language = AVAILABLE_LOCALES.includes(browserLanguage) ? browserLanguage : FALLBACK_LOCALE;

// The page itself says it is English; tell screen readers and the browser the language it shows.
document.documentElement.lang = language;

/**
 * What config.js hands to the webapp as requireJsConfig: the modules it names, and for a page
 * not in the fallback language its translations, fetched before the webapp starts.
 *
 * Why first: the webapps fetch their translations while they already draw the page, and parts of
 * it take their words once, when drawn (the task search's placeholder, the sort choices, Cockpit's
 * and Admin's search fields). Drawn before the Russian table arrives, they take the English
 * fallback and keep it until the page is loaded again. config.js waits for this (top-level
 * await); scripts/preloaded-translations.js gives the table to angular-translate, which looks in
 * the preferred language's table first. The webapp's own loader still loads it as before (and
 * gives moment the dates of locales/ru.json).
 *
 * @param configUrl import.meta.url of the webapp's config.js (its locales/ sit beside scripts/)
 * @param modules deps (RequireJS modules) and ngDeps (their AngularJS modules) of this language
 */
export async function requireJsConfig(configUrl, modules = {}) {
  const deps = [...(modules.deps || [])];
  const ngDeps = [...(modules.ngDeps || [])];
  const paths = {...(modules.paths || {})};
  const config = {...(modules.config || {})};
  if (language === FALLBACK_LOCALE) {
    return {deps, ngDeps, paths, config};
  }
  const response = await fetch(new URL(`../locales/${language}.json`, configUrl), {credentials: 'same-origin'});
  if (!response.ok) {
    // the webapp's loader tries again; words drawn before it answers stay in the fallback language
    return {deps, ngDeps, paths, config};
  }
  return {
    deps: ['preloaded-translations', ...deps],
    ngDeps: ['supportdesk.preloadedTranslations', ...ngDeps],
    // RequireJS resolves against the webapp's folder (/camunda/app/<webapp>/)
    paths: {...paths, 'preloaded-translations': '../shared/scripts/preloaded-translations'},
    // a locale file holds its words under labels (and moment's dates under dateLocales)
    config: {...config, 'preloaded-translations': {language, table: (await response.json()).labels}}
  };
}

// The footer's note on the zone times are shown in, once staff-zone.js knows the staff member's zone.
const ZONE_NOTES = {
  en: {deskZone: 'Dates and times shown in the desk\'s time zone:', ownZone: 'Dates and times shown in your time zone:'},
  ru: {deskZone: 'Дата и время показаны в часовом поясе поддержки:', ownZone: 'Дата и время показаны в вашем часовом поясе:'}
};

/**
 * The modules that write Camunda's own dates in the staff member's time zone (staff-zone.js), to add
 * to what config.js hands to requireJsConfig.
 */
export function staffZoneModules(modules = {}) {
  return {
    deps: ['staff-zone', ...(modules.deps || [])],
    ngDeps: ['supportdesk.staffZone', ...(modules.ngDeps || [])],
    paths: {'staff-zone': '../shared/scripts/staff-zone', ...(modules.paths || {})},
    config: {'staff-zone': ZONE_NOTES[language], ...(modules.config || {})}
  };
}

/**
 * On a Russian page, adds the date pickers' Russian calendar (month and day names, weeks from Monday;
 * shared/scripts/russian-calendar.js) to a webapp's modules; other pages keep them as they are.
 */
export function russianCalendarModules(modules = {}) {
  if (language !== 'ru') {
    return modules;
  }
  return {
    ...modules,
    deps: ['russian-calendar', ...(modules.deps || [])],
    ngDeps: ['supportdesk.russianCalendar', ...(modules.ngDeps || [])],
    paths: {'russian-calendar': '../shared/scripts/russian-calendar', ...(modules.paths || {})}
  };
}

// Texts written into Camunda's templates and code in English, which do not pass through its
// translations: the diagram viewer's zoom buttons' tooltips, and in Cockpit's incidents list the type
// of a failed job and the note on an incident without a message. A Russian page gets them in Russian here.
const ZOOM_TOOLTIPS = {'zoom in': 'Увеличить', 'zoom out': 'Уменьшить', 'reset zoom': 'Исходный масштаб'};
const FIXED_TEXTS = {'Failed Job': 'Сбой задания', 'Message is null.': 'Сообщения нет.'};

/** Puts those texts in the page's language, now and whenever Camunda draws or updates them. */
export function translateFixedTexts() {
  if (language !== 'ru') {
    return;
  }
  const translateTooltips = element => [element, ...element.querySelectorAll('[title]')].forEach(candidate => {
    const russian = ZOOM_TOOLTIPS[candidate.getAttribute('title')];
    if (russian) {
      candidate.setAttribute('title', russian);
    }
  });
  const translateText = node => {
    const english = node.nodeValue.trim();
    if (Object.prototype.hasOwnProperty.call(FIXED_TEXTS, english)) {
      node.nodeValue = node.nodeValue.replace(english, FIXED_TEXTS[english]);
    }
  };
  const translateTexts = element => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      translateText(walker.currentNode);
    }
  };
  new MutationObserver(mutations => mutations.forEach(mutation => {
    if (mutation.type === 'characterData') {
      // AngularJS writes {{ ... }} into a text node drawn before
      translateText(mutation.target);
      return;
    }
    mutation.addedNodes.forEach(node => {
      if (node.nodeType === Node.ELEMENT_NODE) {
        translateTooltips(node);
        translateTexts(node);
      } else if (node.nodeType === Node.TEXT_NODE) {
        translateText(node);
      }
    });
  })).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}
