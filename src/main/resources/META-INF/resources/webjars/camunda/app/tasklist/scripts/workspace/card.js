// The queue's cards: which appeal, whose, about what, how urgent and how much time is left, so an
// agent can choose from the list. One request answers all cards of a list page.
import { get } from './api.js';
import { countdown } from './countdown.js';
import { el, clear } from './dom.js';
import { fullTime, localTime, staffTimeZone } from './format.js';
import { recordCardLines, recordCardSubject } from './records.js';
import { t, word } from './texts.js';

const pending = new Map();
const recent = new Map();
const FRESH_MS = 5000;
let scheduled = false;

function queue(taskId, node) {
  if (!pending.has(taskId)) {
    pending.set(taskId, []);
  }
  pending.get(taskId).push(node);
  if (!scheduled) {
    scheduled = true;
    // the cards of one list render in one go: ask once for all of them
    setTimeout(flush, 0);
  }
}

async function flush() {
  scheduled = false;
  const batch = new Map(pending);
  pending.clear();
  const ids = Array.from(batch.keys());
  await staffTimeZone();
  for (let start = 0; start < ids.length; start += 50) {
    const chunk = ids.slice(start, start + 50);
    const query = chunk.map((id) => 'task=' + encodeURIComponent(id)).join('&');
    let answer;
    try {
      answer = await get('/cards?' + query);
    } catch (e) {
      continue;
    }
    if (!answer.ok || !Array.isArray(answer.json)) {
      continue;
    }
    const now = Date.now();
    answer.json.forEach((card) => {
      recent.set(card.taskId, { card, at: now });
      (batch.get(card.taskId) || []).forEach((node) => fill(node, card));
    });
  }
}

function deadline(card) {
  const sla = card.sla || {};
  if (sla.state === 'PAUSED') {
    return el('div', { class: 'sd-card-due sd-sla-PAUSED' },
      el('span', { class: 'sd-badge sd-badge-PAUSED' }, word('sla', 'PAUSED')), ' ', word('statuses', card.status));
  }
  if (!sla.dueAt || sla.state === 'NONE') {
    return el('div', { class: 'sd-card-due sd-sla-NONE' }, word('statuses', card.status));
  }
  return el('div', { class: 'sd-card-due sd-sla-' + sla.state, title: fullTime(sla.dueAt) },
    sla.state === 'ON_TIME' ? null : el('span', { class: 'sd-badge sd-badge-' + sla.state }, word('sla', sla.state)),
    sla.state === 'ON_TIME' ? null : ' ',
    word('deadlines', sla.deadline), ' ',
    countdown(el('strong', { class: 'sd-left' }), sla.dueAt),
    el('span', { class: 'sd-at' }, ' · ' + localTime(sla.dueAt)));
}

/** A cost request, onboarding step or notice: number, what about, whose, status and the next date. */
function fillRecord(node, card) {
  node.appendChild(el('div', { class: 'sd-card sd-card-record', dataset: { number: card.number, kind: card.kind } },
    el('div', { class: 'sd-card-head' },
      el('span', { class: 'sd-number' }, card.number), ' ',
      el('span', { class: 'sd-subject' }, recordCardSubject(card) || '—')),
    recordCardLines(card),
    card.dueAt ? el('div', { class: 'sd-card-due', title: fullTime(card.dueAt) },
      t('dueDate'), ' ', countdown(el('strong', { class: 'sd-left' }), card.dueAt),
      el('span', { class: 'sd-at' }, ' · ' + localTime(card.dueAt))) : null));
}

function fill(node, card) {
  clear(node);
  node.classList.add('sd-filled');
  if (card.kind && card.kind !== 'APPEAL') {
    fillRecord(node, card);
    return;
  }
  node.appendChild(el('div', { class: 'sd-card sd-sla-' + ((card.sla && card.sla.state) || 'NONE'),
    dataset: { number: card.number } },
  el('div', { class: 'sd-card-head' },
    el('span', { class: 'sd-number' }, card.number), ' ',
    el('span', { class: 'sd-subject' }, card.subject || '—')),
  el('div', { class: 'sd-card-line' },
    el('span', { class: 'sd-customer' }, card.customer || t('noName')),
    ' · ', word('channels', card.channel),
    card.managedServices ? el('span', { class: 'sd-badge sd-badge-ms' }, 'MS') : null),
  el('div', { class: 'sd-card-line' },
    el('span', { class: 'sd-priority sd-priority-' + card.priority }, word('priorities', card.priority)),
    ' · ', word('categories', card.category),
    card.escalationLevel > 0
      ? el('span', { class: 'sd-badge sd-badge-BREACHED' }, t('escalation') + ' ' + card.escalationLevel) : null),
  deadline(card)));
}

/** Something changed (an answer was sent): the next cards are read anew. */
export function forgetCards() {
  recent.clear();
}

export const cardPlugin = {
  id: 'support-desk-appeal-card',
  pluginPoint: 'tasklist.card',
  // above the filter's variables, if a filter still lists any
  priority: 100,
  render(node, { taskId }) {
    node.classList.add('sd-card-slot');
    const known = recent.get(taskId);
    if (known && Date.now() - known.at < FRESH_MS) {
      fill(node, known.card);
      return;
    }
    queue(taskId, node);
  }
};
