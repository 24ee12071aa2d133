// Times as agents need them: how long is left (or how late it is), and the moment in their own time zone.
import { LOCALE, t } from './texts.js';

const LOCAL_TIME = new Intl.DateTimeFormat(LOCALE, {
  month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'
});
const LOCAL_TIME_WITH_YEAR = new Intl.DateTimeFormat(LOCALE, {
  year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'
});
const CLOCK = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The moment in the browser's time zone, e.g. "25 Nov, 14:35"; the year only when it is not this one. */
export function localTime(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  return (date.getFullYear() === new Date().getFullYear() ? LOCAL_TIME : LOCAL_TIME_WITH_YEAR).format(date);
}

export function clockTime(date) {
  return CLOCK.format(date);
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
