// Times as agents need them: how long is left (or how late it is), and the moment in the desk's staff
// time zone (supportdesk.staff.time-zone, Moscow by default) with the zone's name, whatever zone the
// computer is set to: a deadline reads the same on every screen and in every staff notice.
import { get } from './api.js';
import { LANGUAGE, LOCALE, t } from './texts.js';

let zone;
let formats = formatsFor(undefined);
let loading = null;

function formatsFor(timeZone) {
  const options = (fields) => Object.assign({ timeZone }, fields);
  return {
    time: new Intl.DateTimeFormat(LOCALE, options({ month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })),
    timeWithYear: new Intl.DateTimeFormat(LOCALE,
      options({ year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })),
    year: new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric' }),
    clock: new Intl.DateTimeFormat(LOCALE, options({ hour: '2-digit', minute: '2-digit', second: '2-digit' })),
    zoneName: new Intl.DateTimeFormat(LOCALE, options({ timeZoneName: 'short' })),
    full: new Intl.DateTimeFormat(LOCALE, { timeZone, dateStyle: 'full', timeStyle: 'long' })
  };
}

/** The zone's short name at that moment: МСК / MSK for Moscow (browsers write "GMT+3"), else the browser's. */
function zoneName(date) {
  if (zone === 'Europe/Moscow') {
    return LANGUAGE === 'ru' ? 'МСК' : 'MSK';
  }
  const part = formats.zoneName.formatToParts(date).find((p) => p.type === 'timeZoneName');
  return part ? part.value : '';
}

/**
 * Reads the staff time zone once per page (the workspace API needs the Tasklist login, so it is asked
 * when the first card or Appeal tab is drawn, not at page load). Until it is known, or if it cannot be
 * read, times are written in the browser's zone, still with the zone's name.
 */
export function staffTimeZone() {
  if (!loading) {
    loading = get('/settings').then((answer) => {
      if (answer.ok && answer.json && answer.json.timeZone) {
        try {
          formats = formatsFor(answer.json.timeZone);
          zone = answer.json.timeZone;
        } catch (e) {
          // a zone this browser does not know: the browser's own, named
        }
      } else {
        loading = null;
      }
      return zone;
    }, () => {
      loading = null;
      return zone;
    });
  }
  return loading;
}

/** The moment in the staff time zone, e.g. "25 нояб., 14:35 МСК", "25 Nov, 14:35 MSK"; the year only when it is not this one. */
export function localTime(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  const thisYear = formats.year.format(date) === formats.year.format(new Date());
  return (thisYear ? formats.time : formats.timeWithYear).format(date) + ' ' + zoneName(date);
}

export function clockTime(date) {
  return formats.clock.format(date) + ' ' + zoneName(date);
}

/** The moment in full for a tooltip, with the zone's name and its id, e.g. "… 14:35:00 GMT+3 (Europe/Moscow)". */
export function fullTime(iso) {
  if (!iso) {
    return null;
  }
  return formats.full.format(new Date(iso)) + (zone ? ' (' + zone + ')' : '');
}

/** A duration in minutes as "45 min", "3 h 20 min", "2 d 4 h". */
export function duration(minutes) {
  const units = t('units');
  const total = Math.max(0, Math.round(minutes));
  if (total < 60) {
    return total + ' ' + units.minute;
  }
  if (total < 48 * 60) {
    const hours = Math.floor(total / 60);
    const rest = total % 60;
    return hours + ' ' + units.hour + (rest ? ' ' + rest + ' ' + units.minute : '');
  }
  const days = Math.floor(total / (24 * 60));
  const hours = Math.floor((total % (24 * 60)) / 60);
  return days + ' ' + units.day + (hours ? ' ' + hours + ' ' + units.hour : '');
}

/** "in 12 min" or "12 min overdue", from now. */
export function timeLeft(iso, now = Date.now()) {
  const minutes = (new Date(iso).getTime() - now) / 60000;
  return minutes >= 0 ? t('dueIn', { left: duration(Math.ceil(minutes)) })
    : t('overdueBy', { left: duration(Math.floor(-minutes)) });
}

/** A file size as people read it. */
export function size(bytes) {
  const units = t('units');
  if (bytes < 1024) {
    return bytes + ' ' + units.byte;
  }
  if (bytes < 1024 * 1024) {
    return Math.round(bytes / 1024) + ' ' + units.kilobyte;
  }
  return (bytes / (1024 * 1024)).toFixed(1) + ' ' + units.megabyte;
}
