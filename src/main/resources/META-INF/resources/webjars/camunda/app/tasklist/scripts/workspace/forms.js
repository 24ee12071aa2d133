// Camunda Forms in the staff member's language. Each task has one form, written in both languages
// ("Login / Логин", an English paragraph and its Russian one; see bilingual.js). Tasklist fetches a
// form's schema from the engine (deployed-form, deployed-start-form) and hands it to form-js, which
// has no languages of its own: the schema is narrowed to the reader's half on its way, and form-js's
// few words of its own (validation messages, the date placeholder) are put into the same language.
import { localize } from './bilingual.js';
import { LANGUAGE, LOCALE } from './texts.js';

const DEPLOYED_FORM = /\/(task\/[^/]+\/deployed-form|process-definition\/[^/]+\/deployed-start-form)$/;

const originalFetch = window.fetch.bind(window);

window.fetch = async function fetchForm(resource, options) {
  const response = await originalFetch(resource, options);
  const address = typeof resource === 'string' ? resource : (resource && resource.url) || '';
  if (!response.ok || !DEPLOYED_FORM.test(address.split('?')[0])) {
    return response;
  }
  try {
    const schema = localize(await response.clone().json(), LANGUAGE);
    return new Response(JSON.stringify(schema), {
      status: response.status, statusText: response.statusText, headers: response.headers
    });
  } catch (e) {
    return response; // not a Camunda Form (an embedded or generic one): as it came
  }
};

// form-js writes dates as the browser's default locale does ("default" in Intl); on a Russian page
// the page's language decides instead, so it asks for 01.12.2026 even on an English system. An
// English page keeps the browser's own (12/01/2026 in the US, 01/12/2026 in Britain).
if (LANGUAGE === 'ru') {
  const NativeDateTimeFormat = Intl.DateTimeFormat;
  const DateTimeFormat = function DateTimeFormat(locales, options) {
    return new NativeDateTimeFormat(locales === 'default' ? LOCALE : locales, options);
  };
  DateTimeFormat.prototype = NativeDateTimeFormat.prototype;
  DateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
  Intl.DateTimeFormat = DateTimeFormat;
}

// The calendar of form-js's date fields (flatpickr, which form-js opens in its "default" locale):
// Russian month and weekday names and weeks from Monday on a Russian page. flatpickr offers itself as
// window.flatpickr when the webapp's libraries load; the Russian goes in as its default locale before
// any calendar is made, whichever of the two comes first.
const RUSSIAN_CALENDAR = {
  weekdays: {
    shorthand: ['Вс', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'],
    longhand: ['Воскресенье', 'Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота']
  },
  months: {
    shorthand: ['Янв', 'Фев', 'Март', 'Апр', 'Май', 'Июнь', 'Июль', 'Авг', 'Сен', 'Окт', 'Ноя', 'Дек'],
    longhand: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь',
      'Ноябрь', 'Декабрь']
  },
  firstDayOfWeek: 1,
  ordinal: () => '',
  rangeSeparator: ' — ',
  weekAbbreviation: 'Нед.',
  scrollTitle: 'Прокрутите для изменения',
  toggleTitle: 'Нажмите для переключения',
  amPM: ['ДП', 'ПП'],
  yearAriaLabel: 'Год',
  monthAriaLabel: 'Месяц',
  hourAriaLabel: 'Час',
  minuteAriaLabel: 'Минута',
  time_24hr: true
};

function russianCalendar(flatpickr) {
  if (flatpickr && typeof flatpickr.localize === 'function') {
    flatpickr.localize(RUSSIAN_CALENDAR);
  }
}

if (LANGUAGE === 'ru') {
  if (window.flatpickr) {
    russianCalendar(window.flatpickr);
  } else {
    let offered;
    Object.defineProperty(window, 'flatpickr', {
      configurable: true,
      enumerable: true,
      get: () => offered,
      set: (flatpickr) => {
        offered = flatpickr;
        russianCalendar(flatpickr);
      }
    });
  }
}

/** form-js's own messages (validation) in Russian, by their English wording. */
const RUSSIAN_MESSAGES = [
  [/^Field is required\.$/, () => 'Обязательное поле.'],
  [/^Field must have minimum length of (\d+)\.$/, m => `Не короче ${m[1]} знаков.`],
  [/^Field must have maximum length of (\d+)\.$/, m => `Не длиннее ${m[1]} знаков.`],
  [/^Field must have minimum value of (.+)\.$/, m => `Не меньше ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, m => `Не больше ${m[1]}.`],
  [/^Field must match pattern (.+)\.$/, m => `Значение не подходит под образец ${m[1]}.`],
  [/^Field must be a valid email\.$/, () => 'Нужен адрес эл. почты, например ivan@example.ru.'],
  [/^Field must be a valid\s+international phone number\..*$/,
    () => 'Нужен номер телефона в международном формате, например +74951234567.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    m => `Выберите допустимое значение; ближайшие: ${m[1]} и ${m[2]}.`]
];
const RUSSIAN_DATE_PLACEHOLDER = { d: 'д', m: 'м', y: 'г' };
/** form-js's own words in its lists: an empty select, a list with nothing found. */
const RUSSIAN_WORDS = { Select: 'Выберите', 'No results': 'Ничего не найдено' };

function russianMessage(text) {
  for (const [pattern, russian] of RUSSIAN_MESSAGES) {
    const match = text.match(pattern);
    if (match) {
      return russian(match);
    }
  }
  return null;
}

function translateForm(root) {
  root.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error *').forEach(element => {
    element.childNodes.forEach(node => {
      if (node.nodeType === Node.TEXT_NODE) {
        const russian = russianMessage(node.textContent.trim());
        if (russian) {
          node.textContent = russian;
        }
      }
    });
  });
  root.querySelectorAll('.fjs-select-placeholder, .fjs-dropdownlist-empty').forEach(element => {
    const russian = RUSSIAN_WORDS[element.textContent.trim()];
    if (russian && element.childNodes.length === 1 && element.firstChild.nodeType === Node.TEXT_NODE) {
      element.firstChild.textContent = russian;
    }
  });
  root.querySelectorAll('input[placeholder="Search"]').forEach(input => input.setAttribute('placeholder', 'Поиск'));
  root.querySelectorAll('.fjs-datepicker input[placeholder]').forEach(input => {
    const placeholder = input.getAttribute('placeholder');
    if (/^[dmy]+\W[dmy]+\W[dmy]+$/.test(placeholder)) {
      input.setAttribute('placeholder', placeholder.replace(/[dmy]/g, letter => RUSSIAN_DATE_PLACEHOLDER[letter]));
    }
  });
}

if (LANGUAGE === 'ru') {
  new MutationObserver(mutations => mutations.forEach(mutation => {
    const target = mutation.target.nodeType === Node.ELEMENT_NODE ? mutation.target : mutation.target.parentElement;
    const form = target && target.closest('.fjs-container');
    if (form) {
      translateForm(form);
    }
  })).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}
