// The staff member's notices (SLA warnings, escalations, pages, notices to sales: GET
// /api/workspace/staff-notices, the list of /api/staff/notifications), opened from Tasklist's footer.
// The server words each notice in the workspace's language, times in the staff member's time zone,
// so the text is shown as it comes; the kind is a word of ours.
import { get } from './api.js';
import { clear, el } from './dom.js';
import { fullTime, localTime, staffTimeZone } from './format.js';
import { LANGUAGE, t, word } from './texts.js';

const LIMIT = 50;

let button;
let panel;

async function notices() {
  // the workspace's language, not the browser's whole list: a German browser reads English here as well
  const [answer] = await Promise.all([
    get('/staff-notices?limit=' + LIMIT, { 'Accept-Language': LANGUAGE }), staffTimeZone()]);
  return answer.ok && Array.isArray(answer.json) ? answer.json : null;
}

function item(notice) {
  const about = notice.appeal || notice.subject;
  return el('li', { class: 'sd-staff-notice', dataset: { kind: notice.kind } },
    el('div', { class: 'sd-muted' }, [word('staffNoticeKinds', notice.kind), about,
      el('span', { title: fullTime(notice.createdAt) }, localTime(notice.createdAt))]
      .filter(Boolean).flatMap((part, i) => (i ? [' · ', part] : [part]))),
    el('div', { class: 'sd-staff-notice-text' }, notice.text));
}

async function fill() {
  clear(panel);
  panel.appendChild(el('h4', null, t('staffNotices')));
  const list = await notices();
  if (list === null) {
    panel.appendChild(el('div', { class: 'sd-status sd-error' }, t('staffNoticesFailed')));
  } else if (!list.length) {
    panel.appendChild(el('div', { class: 'sd-muted' }, t('staffNoticesNone')));
  } else {
    panel.appendChild(el('ul', { class: 'sd-list sd-staff-notice-list' }, list.map(item)));
  }
  return list;
}

async function toggle() {
  if (!panel.hidden) {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    return;
  }
  panel.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  const list = await fill();
  button.textContent = t('staffNoticesButton', { count: list ? list.length : 0 });
}

async function offerTheNotices() {
  const note = document.getElementById('footer-timezone');
  if (!note || !note.hasAttribute('data-zone') || document.querySelector('.sd-staff-notices-button')) {
    return;
  }
  button = el('button', { type: 'button', class: 'btn btn-link sd-staff-notices-button', 'aria-expanded': 'false',
    on: { click: toggle } }, t('staffNotices'));
  panel = el('section', { class: 'sd-staff-notices', hidden: true, 'aria-label': t('staffNotices') });
  note.appendChild(button);
  document.body.appendChild(panel);
  const list = await notices();
  if (list) {
    button.textContent = t('staffNoticesButton', { count: list.length });
  }
}

document.addEventListener('supportdesk:staff-zone', offerTheNotices);
offerTheNotices();
