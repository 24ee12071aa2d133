// A number the moment something is created: after a start from Tasklist (a phone call, a cost request,
// a notification) the agent sees the number to tell the customer, and the task to go on with opens.
// Tasklist starts through the engine API's submit-form and only says "the process has been started";
// its answer names the new instance, and the workspace API says what it created.
import { get } from './api.js';
import { el } from './dom.js';
import { go } from './location.js';
import { t } from './texts.js';

const SUBMIT_FORM = /\/process-definition\/(key\/[^/]+(\/tenant-id\/[^/]+)?|[^/]+)\/submit-form$/;

const originalOpen = XMLHttpRequest.prototype.open;
const originalSend = XMLHttpRequest.prototype.send;

XMLHttpRequest.prototype.open = function open(method, address, ...rest) {
  this.sdStart = String(method).toUpperCase() === 'POST' && SUBMIT_FORM.test(String(address).split('?')[0]);
  return originalOpen.call(this, method, address, ...rest);
};

XMLHttpRequest.prototype.send = function send(...args) {
  if (this.sdStart) {
    this.addEventListener('load', () => {
      if (this.status !== 200) {
        return;
      }
      try {
        const instance = JSON.parse(this.responseText);
        if (instance && instance.id) {
          announce(instance.id);
        }
      } catch (e) {
        // not the answer we know; Tasklist shows its own message in any case
      }
    });
  }
  return originalSend.apply(this, args);
};

let banner = null;

function show(started) {
  if (banner) {
    banner.remove();
  }
  const text = t('started.' + started.kind, { number: started.number });
  const copy = el('button', { type: 'button', class: 'btn btn-default btn-xs sd-copy' }, t('copy'));
  copy.addEventListener('click', () => {
    if (navigator.clipboard) {
      navigator.clipboard.writeText(started.number).then(() => { copy.textContent = t('copied'); }, () => {});
    }
  });
  const close = el('button', { type: 'button', class: 'close sd-close', 'aria-label': t('close') }, '×');
  banner = el('div', { class: 'sd-started', role: 'status', dataset: { number: started.number } },
    close,
    el('span', { class: 'glyphicon glyphicon-ok-sign' }), ' ',
    el('span', { class: 'sd-started-text' }, text), ' ',
    el('strong', { class: 'sd-started-number' }, started.number), ' ',
    copy,
    started.taskId ? el('a', { class: 'sd-started-task', href: '#', on: { click: (event) => {
      event.preventDefault();
      openTask(started.taskId);
    } } }, t('openTask', { task: started.taskName || '' })) : null);
  close.addEventListener('click', () => {
    banner.remove();
    banner = null;
  });
  document.body.appendChild(banner);
}

function openTask(taskId) {
  go({ task: taskId, detailsTab: null, processStart: null, processTenant: null }, false);
}

async function announce(processInstanceId) {
  let answer;
  try {
    answer = await get('/started/' + encodeURIComponent(processInstanceId));
  } catch (e) {
    return;
  }
  if (!answer.ok || !answer.json || !answer.json.number) {
    return;
  }
  show(answer.json);
  if (answer.json.taskId) {
    // the dialog closes first; then the new task is what the agent works on
    setTimeout(() => openTask(answer.json.taskId), 0);
  }
}
