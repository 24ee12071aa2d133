// One text in two languages, as our Camunda Forms write them: "English / Русский" on one line, or an
// English and a Russian paragraph side by side. The staff member reads only their own half.
// FormTranslationsTest holds every form to this shape (same splitting rule, in Java).

const CYRILLIC = /[\u0400-\u04FF]/;
// markdown that opens a line (heading, list item, quote) and emphasis around the whole line
const LINE_START = /^(\s*(?:#{1,6}\s+|[-*+]\s+|\d+\.\s+|>\s*)?)((?:\*\*|__)?)/;
const SEPARATOR = ' / ';

/**
 * The two halves of one line, or null when the line is not "English / Русский": the English half
 * is everything before the first part with a Cyrillic letter, so "HA / DR setup / Настройка HA / DR"
 * splits once, between "setup" and "Настройка".
 */
export function halves(line) {
  const start = line.match(LINE_START);
  const prefix = start[1];
  const emphasis = start[2];
  let body = line.slice(start[0].length);
  if (emphasis && body.endsWith(emphasis)) {
    body = body.slice(0, -emphasis.length);
  }
  const parts = body.split(SEPARATOR);
  const firstRussian = parts.findIndex(part => CYRILLIC.test(part));
  if (firstRussian < 1) {
    return null;
  }
  const wrap = text => prefix + emphasis + text.trim() + emphasis;
  return {
    en: wrap(parts.slice(0, firstRussian).join(SEPARATOR)),
    ru: wrap(parts.slice(firstRussian).join(SEPARATOR))
  };
}

/** The language a line is written in: 'ru', 'en', or null for a line with no letters of either. */
function languageOf(line) {
  if (CYRILLIC.test(line)) {
    return 'ru';
  }
  return /[A-Za-z]{2,}/.test(line.replace(/\{\{[^}]*}}/g, '')) ? 'en' : null;
}

/**
 * The text in `language` ('ru' or 'en'): each "English / Русский" line gives its half; lines written
 * in one language only are kept when the text has no counterpart in the other language, so an
 * English paragraph followed by its Russian translation shows one of them. A FEEL expression
 * ("=...") is left as it is.
 */
export function pick(text, language) {
  if (typeof text !== 'string' || text.startsWith('=')) {
    return text;
  }
  const lines = text.split('\n').map(line => {
    const both = halves(line);
    return both ? { text: both[language] || both.en, language: null } : { text: line, language: languageOf(line) };
  });
  const written = new Set(lines.map(line => line.language).filter(Boolean));
  const kept = written.size > 1 ? lines.filter(line => line.language === null || line.language === language) : lines;
  return kept.map(line => line.text).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

const TRANSLATED = ['label', 'dateLabel', 'timeLabel', 'description', 'text', 'placeholder',
  'appearance.prefixAdorner', 'appearance.suffixAdorner'];

/** Every text of a form schema that staff read, with where it is: [{path, text}]. */
export function textsOf(schema) {
  const texts = [];
  const visit = (components, where) => (components || []).forEach((component, index) => {
    const name = where + '/' + (component.key || component.id || component.type + index);
    TRANSLATED.forEach(property => {
      const value = property.split('.').reduce((node, part) => (node == null ? node : node[part]), component);
      if (typeof value === 'string' && value.trim()) {
        texts.push({ path: name + '.' + property, text: value, set: text => assign(component, property, text) });
      }
    });
    (component.values || []).forEach(option => {
      if (typeof option.label === 'string') {
        texts.push({ path: name + '.values[' + option.value + ']', text: option.label,
          set: text => { option.label = text; } });
      }
    });
    visit(component.components, name);
  });
  visit(schema.components, schema.id || '');
  return texts;
}

function assign(component, property, value) {
  const parts = property.split('.');
  const owner = parts.slice(0, -1).reduce((node, part) => node[part], component);
  owner[parts[parts.length - 1]] = value;
}

/** The schema with every text in `language`. */
export function localize(schema, language) {
  textsOf(schema).forEach(entry => entry.set(pick(entry.text, language)));
  return schema;
}
