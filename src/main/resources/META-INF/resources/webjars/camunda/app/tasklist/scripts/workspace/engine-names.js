// Names that come from the engine's data (processes, tasks, filters, groups) in the staff member's
// language. Tasklist and Cockpit show them as the engine answers; for a Russian page the answers of
// the engine API are read with the Russian name in place of the English one (names.ru.js), so every
// list, heading and dialog shows it. Only names and descriptions are replaced, never ids or keys.
// A model's XML (the diagrams, and Cockpit's lists of activities, incidents and jobs, which take the
// names from it) gets the Russian names of its elements and the labels of its sequence flows
// (diagram-labels.ru.js). Used by Tasklist (workspace.js), Cockpit and Admin (their scripts/names.js).
import RUSSIAN from './names.ru.js';
import LABELS from './diagram-labels.ru.js';

const browserLanguage = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .split('-')[0].toLowerCase();
const ENGINE_API = /\/api\/(engine|cockpit|tasklist)\//;
const NAMED = new Set(['name', 'description', 'processDefinitionName', 'activityName']);

const nativeOpen = XMLHttpRequest.prototype.open;
const nativeResponseText = Object.getOwnPropertyDescriptor(XMLHttpRequest.prototype, 'responseText').get;
const nativeResponse = Object.getOwnPropertyDescriptor(XMLHttpRequest.prototype, 'response').get;

const DIAGRAM = {...RUSSIAN, ...LABELS};
const has = (names, key) => Object.prototype.hasOwnProperty.call(names, key);

// The BPMN elements a diagram draws with their names; not messages, signals or errors (their names
// are keys the engine correlates by), nor Camunda's extension elements (names of variables, fields).
const DRAWN = /^(process|participant|lane|subProcess|transaction|callActivity|sequenceFlow|task|\w+Task|\w+Event|\w+Gateway)$/;
const OPENING_TAG = /<(?:([\w.-]+):)?([\w.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)(\s*\/?>)/g;
const NAME_ATTRIBUTE = /(\sname\s*=\s*")([^"]*)(")/;
const XML_ENTITIES = {'&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&'};

const unescapeXml = value => value
  .replace(/&#(x?)([0-9a-fA-F]+);/g, (entity, hex, code) => String.fromCodePoint(parseInt(code, hex ? 16 : 10)))
  .replace(/&(lt|gt|quot|apos|amp);/g, entity => XML_ENTITIES[entity]);
const escapeXml = value => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
  .replace(/\n/g, '&#10;');

/** A BPMN model's XML with the names of its drawn elements replaced; ids, keys and the rest as they were. */
export function translateDiagram(xml, names = DIAGRAM) {
  return xml.replace(OPENING_TAG, (tag, prefix, element, attributes, end) => {
    if (prefix === 'camunda' || !DRAWN.test(element)) {
      return tag;
    }
    const named = attributes.replace(NAME_ATTRIBUTE, (attribute, before, value, after) => {
      const english = unescapeXml(value);
      return has(names, english) ? before + escapeXml(names[english]) + after : attribute;
    });
    return named === attributes ? tag : `<${prefix ? `${prefix}:` : ''}${element}${named}${end}`;
  });
}

/** A JSON text with the names replaced; the text itself when nothing was named. */
export function translateAnswer(text, names = RUSSIAN) {
  if (typeof text !== 'string' || !text || !/^\s*[[{]/.test(text)) {
    return text;
  }
  let changed = false;
  const visit = node => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (node && typeof node === 'object') {
      Object.keys(node).forEach(key => {
        const value = node[key];
        if (key === 'bpmn20Xml' && typeof value === 'string' && names === RUSSIAN) {
          const translated = translateDiagram(value);
          changed = changed || translated !== value;
          node[key] = translated;
        } else if (NAMED.has(key) && typeof value === 'string' && Object.prototype.hasOwnProperty.call(names, value)) {
          node[key] = names[value];
          changed = true;
        } else if (key === 'properties' && value && typeof value.description === 'string'
            && Object.prototype.hasOwnProperty.call(names, value.description)) {
          value.description = names[value.description];
          changed = true;
          visit(value);
        } else {
          visit(value);
        }
      });
    }
  };
  try {
    const answer = JSON.parse(text);
    visit(answer);
    return changed ? JSON.stringify(answer) : text;
  } catch (e) {
    return text;
  }
}

// The desk's refusals of a start form name each field and problem in both languages ("Description /
// Описание: required / обязательное поле"); a Russian page keeps the Russian of each pair.
const BILINGUAL_PAIR = /([A-Za-z][^/;:\u0400-\u04FF]*?) \/ ([\u0400-\u04FF][^/;:]*)/g;

/** An error answer of the engine with its message in Russian only, where it was written in both. */
export function russianRefusal(text) {
  try {
    const answer = JSON.parse(text);
    const message = answer && typeof answer.message === 'string' ? answer.message : '';
    const russian = message.replace(BILINGUAL_PAIR, (pair, english, words) => words.trim());
    if (russian !== message) {
      answer.message = russian;
      return JSON.stringify(answer);
    }
  } catch (e) {
    // not JSON: as it came
  }
  return text;
}

function readTranslated(xhr) {
  let translated = null;
  const read = () => {
    if (translated === null) {
      const text = nativeResponseText.call(xhr);
      translated = xhr.status >= 400 ? russianRefusal(text) : translateAnswer(text);
    }
    return translated;
  };
  const done = () => xhr.readyState === XMLHttpRequest.DONE && (xhr.responseType === '' || xhr.responseType === 'text');
  Object.defineProperty(xhr, 'responseText', {
    configurable: true,
    get: () => (done() ? read() : nativeResponseText.call(xhr))
  });
  Object.defineProperty(xhr, 'response', {
    configurable: true,
    get: () => (done() ? read() : nativeResponse.call(xhr))
  });
}

// A filter saved from Tasklist (edited, or created from one shown), a group saved from Admin, or a
// task Tasklist sends back whole when it sets a due or follow-up date keeps the English name and
// description the desk seeded, not the Russian shown: the words go back before the request leaves.
const ENGLISH = Object.fromEntries(Object.entries(RUSSIAN).map(([english, russian]) => [russian, english]));
const SAVED_FILTER = /\/(filter|group|task)(\/[^/]+)?$/;
const nativeSend = XMLHttpRequest.prototype.send;

if (browserLanguage === 'ru') {
  XMLHttpRequest.prototype.open = function open(method, address, ...rest) {
    const verb = String(method).toUpperCase();
    const path = String(address).split('?')[0];
    this.sdSavedFilter = (verb === 'POST' || verb === 'PUT') && ENGINE_API.test(path) && SAVED_FILTER.test(path);
    if ((verb === 'GET' || /\/(list|count|submit-form)$/.test(path)) && ENGINE_API.test(path)) {
      readTranslated(this);
    }
    return nativeOpen.call(this, method, address, ...rest);
  };
  XMLHttpRequest.prototype.send = function send(body, ...rest) {
    return nativeSend.call(this, this.sdSavedFilter ? translateAnswer(body, ENGLISH) : body, ...rest);
  };
}
