// The "Appeal" tab of a task: the appeal as it is now (read from the desk when the tab opens, on
// Refresh and every half minute), the reply box with templates and files, and the customer's context.
import { follow, get, postForm, problem, relatedLink, url } from './api.js';
import { forgetCards } from './card.js';
import { countdown } from './countdown.js';
import { el, clear } from './dom.js';
import { clockTime, duration, fullTime, localTime, size, staffTimeZone } from './format.js';
import { hashParams, showForm } from './location.js';
import { costRequestView, noticeView } from './records.js';
import { LANGUAGE, t, word } from './texts.js';

const REFRESH_MS = 30000;
const TAB_ID = 'support-desk-appeal';

let current = null;

function stop() {
  if (current) {
    clearInterval(current.timer);
    current = null;
  }
}

// --- small pieces ---

function fact(label, value) {
  return el('div', { class: 'sd-fact' }, el('span', { class: 'sd-fact-label' }, label), ' ',
    el('span', { class: 'sd-fact-value' }, value));
}

function section(title, ...content) {
  return el('section', { class: 'sd-section' }, el('h4', null, title), content);
}

function fileLinks(files) {
  if (!files || !files.length) {
    return null;
  }
  return el('ul', { class: 'sd-files' }, files.map((file) => el('li', null,
    el('a', { href: url(file.url), download: file.name, class: 'sd-file', title: t('download') },
      el('span', { class: 'glyphicon glyphicon-paperclip' }), ' ', file.name),
    el('span', { class: 'sd-muted' }, ' ' + size(file.size)))));
}

function badge(state) {
  const text = word('sla', state);
  return text ? el('span', { class: 'sd-badge sd-badge-' + state }, text) : null;
}

// --- the appeal ---

function header(view, refresh) {
  const appeal = view.appeal;
  return el('div', { class: 'sd-header' },
    el('h3', { class: 'sd-title' },
      el('span', { class: 'sd-number' }, appeal.number), ' ',
      el('span', { class: 'sd-subject' }, appeal.subject || '—')),
    el('div', { class: 'sd-header-actions' },
      el('span', { class: 'sd-muted sd-refreshed' }, t('refreshed', { time: clockTime(new Date()) })), ' ',
      el('button', { type: 'button', class: 'btn btn-default btn-sm sd-refresh', on: { click: refresh } },
        el('span', { class: 'glyphicon glyphicon-refresh' }), ' ', t('refresh'))));
}

/** Where a suggested category leaves an appeal, as the competency decision weighs it. */
const SCOPE_OF = {
  SOFTWARE_DEVELOPMENT: 'scopeOut', CODE_DEBUGGING: 'scopeOut', THIRD_PARTY_CONSULTING: 'scopeOut',
  MANAGED_SERVICES: 'scopeSales'
};

/**
 * What the competency classifier proposed and the confidence the competency decision weighed: for an
 * out-of-scope or Managed Services guess how sure it was of that scope, for an in-scope guess how sure
 * it was of the category itself (below 0.5 it is only a suggestion). The model and the other figure
 * as a tooltip. Appeals decided before the scope confidence was kept show the category's.
 */
function suggestion(appeal) {
  const category = word('categories', appeal.suggestedCategory);
  const percent = (value) => Math.round(value * 100);
  const scope = SCOPE_OF[appeal.suggestedCategory];
  const scopeWeighed = scope && appeal.suggestedScopeConfidence != null;
  let text;
  if (scopeWeighed) {
    text = t('suggestedScopeSure', { category, scope: t(scope), percent: percent(appeal.suggestedScopeConfidence) });
  } else if (appeal.suggestedConfidence != null) {
    text = t('suggestedSure', { category, percent: percent(appeal.suggestedConfidence) });
  } else {
    text = t('suggested', { category });
  }
  let otherFigure = null;
  if (scopeWeighed && appeal.suggestedConfidence != null) {
    otherFigure = t('suggestionCategorySure', { percent: percent(appeal.suggestedConfidence) });
  } else if (!scope && appeal.suggestedScopeConfidence != null) {
    otherFigure = t('suggestionInScopeSure', { percent: percent(appeal.suggestedScopeConfidence) });
  }
  const title = [appeal.modelVersion ? t('suggestionModel', { model: appeal.modelVersion }) : null, otherFigure]
    .filter(Boolean).join('; ');
  return el('span', { class: 'sd-muted sd-suggestion', title: title || null }, ' (' + text + ')');
}

function facts(appeal) {
  const category = el('span', null, word('categories', appeal.category),
    appeal.suggestedCategory && appeal.suggestedCategory !== appeal.category ? suggestion(appeal) : null);
  return el('div', { class: 'sd-facts' },
    fact(t('status'), word('statuses', appeal.status)),
    fact(t('priority'), el('span', { class: 'sd-priority sd-priority-' + appeal.priority },
      word('priorities', appeal.priority))),
    fact(t('category'), category),
    fact(t('channel'), word('channels', appeal.channel)),
    fact(t('language'), word('languages', appeal.language)),
    fact(t('urgency') + ' / ' + t('impact'),
      (word('levels', appeal.urgency) || t('notSet')) + ' / ' + (word('levels', appeal.impact) || t('notSet'))),
    fact(t('received'), localTime(appeal.receivedAt)
      + (appeal.registeredBy ? ', ' + t('registeredBy', { user: appeal.registeredBy }) : '')));
}

function deadlineLine(label, dueAt, doneText, sla, deadlineKind) {
  const running = sla && sla.deadline === deadlineKind && sla.state !== 'NONE';
  const parts = [el('span', { class: 'sd-deadline-label' }, label)];
  if (doneText) {
    parts.push(el('span', null, doneText));
  } else if (running && sla.state === 'PAUSED') {
    parts.push(el('span', null, localTime(dueAt)), ' ', badge('PAUSED'),
      el('div', { class: 'sd-muted' }, t('pausedSince', { time: localTime(sla.since) })));
  } else if (dueAt) {
    parts.push(countdown(el('strong', { class: 'sd-left' }), dueAt),
      el('span', { class: 'sd-muted' }, ' · ' + localTime(dueAt)));
    if (running) {
      parts.push(' ', badge(sla.state));
    }
  } else {
    parts.push(el('span', { class: 'sd-muted' }, '—'));
  }
  return el('div', { class: 'sd-deadline' + (running ? ' sd-sla-' + sla.state : ''), title: fullTime(dueAt) }, parts);
}

function deadlines(appeal) {
  const sla = appeal.sla || {};
  const answered = appeal.firstAnsweredAt ? t('answeredAt', { time: localTime(appeal.firstAnsweredAt) }) : null;
  let settled = null;
  if (appeal.resolvedAt) {
    settled = t('resolvedAt', { time: localTime(appeal.resolvedAt) });
  } else if (appeal.closedAt) {
    settled = t('closedAt', { time: localTime(appeal.closedAt) });
  }
  const box = el('div', { class: 'sd-deadlines' },
    deadlineLine(t('firstAnswer'), appeal.firstResponseDueAt, answered, sla, 'FIRST_ANSWER'),
    deadlineLine(t('resolution'), appeal.resolutionDueAt, settled, sla, 'RESOLUTION'));
  if (appeal.escalationLevel > 0) {
    box.appendChild(el('div', { class: 'sd-escalation' },
      el('span', { class: 'sd-badge sd-badge-BREACHED' }, t('escalation')), ' ',
      word('escalationLevels', appeal.escalationLevel),
      el('ul', { class: 'sd-muted sd-escalations' }, (appeal.escalations || []).filter((e) => e.level > 0)
        .map((e) => el('li', null, t('escalationFired', { what: word('escalationKinds', e.kind),
          time: localTime(e.firedAt) }))))));
  }
  return box;
}

function message(m) {
  const inbound = m.direction === 'INBOUND';
  const automatic = !inbound && !m.author;
  let kind = 'sd-msg-staff';
  if (inbound) {
    kind = 'sd-msg-customer';
  } else if (m.visibility === 'INTERNAL') {
    kind = 'sd-msg-internal';
  } else if (automatic) {
    kind = 'sd-msg-automatic';
  }
  const who = inbound ? t('customerWrote') : (m.author || t('automatic'));
  return el('li', { class: 'sd-msg ' + kind, dataset: { kind: m.kind } },
    el('div', { class: 'sd-msg-meta' },
      el('strong', null, who), ' · ', word('kinds', m.kind),
      m.visibility === 'INTERNAL' ? el('span', { class: 'sd-badge sd-badge-internal' }, t('internal')) : null,
      el('span', { class: 'sd-msg-time' }, localTime(m.createdAt))),
    el('div', { class: 'sd-msg-body' }, m.body),
    fileLinks(m.files));
}

function conversation(appeal) {
  const first = el('li', { class: 'sd-msg sd-msg-customer sd-msg-first', dataset: { kind: 'DESCRIPTION' } },
    el('div', { class: 'sd-msg-meta' },
      el('strong', null, t('customerWrote')), ' · ', t('description'),
      el('span', { class: 'sd-msg-time' }, localTime(appeal.receivedAt))),
    el('div', { class: 'sd-msg-body' }, appeal.description),
    fileLinks(appeal.files));
  const list = el('ol', { class: 'sd-conversation' }, first, (appeal.messages || []).map(message));
  return section(t('conversation'), list,
    appeal.rejectionReason ? el('div', { class: 'sd-note' }, el('strong', null, t('rejection') + ': '),
      appeal.rejectionReason) : null);
}

// --- the customer's context ---

function customerBox(view) {
  const appeal = view.appeal;
  const customer = view.customer || {};
  let contact = appeal.contactName || appeal.email;
  if (appeal.contactName && appeal.email) {
    contact = appeal.contactName + ' <' + appeal.email + '>';
  }
  const project = customer.project
    ? customer.project.code + (customer.project.name ? ' — ' + customer.project.name : '')
      + (customer.project.region ? ' (' + customer.project.region + ')' : '')
    : (appeal.project || t('noProject'));
  return section(t('customer'),
    el('div', { class: 'sd-customer-name' }, customer.company || appeal.contactName || appeal.login || t('unknown'),
      appeal.managedServices ? el('span', { class: 'sd-badge sd-badge-ms' }, t('managedServicesCustomer')) : null),
    customer.company && (appeal.contactName || appeal.login) ? null : fact(t('company'), customer.company || t('unknown')),
    fact(t('login'), appeal.login || t('unknown')),
    fact(t('contact'), contact || t('unknown')),
    fact(t('project'), project),
    customer.projects && customer.projects.length
      ? fact(t('projects'), customer.projects.map((p) => p.code + (p.region ? ' (' + p.region + ')' : '')).join(', '))
      : (customer.company == null && !(customer.projects || []).length
        ? el('div', { class: 'sd-muted' }, t('notInDirectory')) : null));
}

function contractBox(view) {
  const contracts = (view.customer && view.customer.contracts) || [];
  if (!contracts.length) {
    return section(t('contract'), el('div', { class: 'sd-muted' }, t('noContract')));
  }
  const today = new Date().toISOString().substring(0, 10);
  return section(t('contract'), contracts.map((c) => {
    let when;
    if (c.active) {
      when = t('contractActive', { from: c.startsOn }) + (c.endsOn ? ' ' + t('contractUntil', { to: c.endsOn }) : '');
    } else if (c.startsOn > today) {
      when = t('contractFuture', { from: c.startsOn });
    } else {
      when = t('contractEnded', { to: c.endsOn });
    }
    const promise = c.promise || {};
    return el('div', { class: 'sd-contract' + (c.active ? ' sd-contract-active' : '') },
      el('div', null, el('strong', null, c.company || ''), ' ', el('span', { class: 'sd-muted' }, when),
        c.requestNumber ? el('span', { class: 'sd-muted' }, ' · ' + c.requestNumber) : null),
      c.services && c.services.length
        ? fact(t('services'), c.services.map((s) => word('managedServices', s)).join(', ')) : null,
      el('div', { class: 'sd-promise-title' }, t('promise')),
      el('table', { class: 'sd-promise' }, ['CRITICAL', 'HIGH', 'MIDDLE', 'LOW'].filter((p) => promise[p])
        .map((p) => el('tr', null, el('td', null, word('priorities', p)),
          el('td', null, t('promiseRow', { first: duration(promise[p].firstAnswerMinutes),
            resolution: duration(promise[p].resolutionMinutes) }))))));
  }));
}

function otherAppealsBox(view) {
  const others = view.otherAppeals || [];
  return section(t('otherAppeals'), others.length
    ? el('ul', { class: 'sd-list' }, others.map((o) => el('li', { dataset: { number: o.number } },
      el('strong', null, o.number), ' ', o.subject || '—',
      el('div', { class: 'sd-muted' }, [word('statuses', o.status), word('priorities', o.priority),
        word('categories', o.category), localTime(o.receivedAt)].join(' · '),
      o.sameProject ? el('span', { class: 'sd-badge sd-badge-project' }, t('sameProject')) : null))))
    : el('div', { class: 'sd-muted' }, t('noOtherAppeals')));
}

function noticesBox(view) {
  const notices = view.notices || [];
  return section(t('notices'), notices.length
    ? el('ul', { class: 'sd-list' }, notices.map((n) => el('li', null,
      el('strong', null, n.number), ' ', n.title,
      el('div', { class: 'sd-muted' }, [word('noticeTypes', n.type), word('noticeStatuses', n.status),
        localTime(n.createdAt)].join(' · ')))))
    : el('div', { class: 'sd-muted' }, t('noNotices')));
}

// --- the reply box ---

function composer(state) {
  const box = el('section', { class: 'sd-section sd-composer' });
  const templateSelect = el('select', { class: 'form-control input-sm sd-template', 'aria-label': t('template') });
  const languageSelect = el('select', { class: 'form-control input-sm sd-text-language', 'aria-label': t('textLanguage') },
    el('option', { value: 'EN' }, word('languages', 'EN')), el('option', { value: 'RU' }, word('languages', 'RU')));
  const text = el('textarea', { class: 'form-control sd-reply', rows: 8, maxlength: 20000,
    placeholder: t('replyPlaceholder'), 'aria-label': t('reply') });
  // the browser's own file button speaks the browser's language, not the workspace's: ours opens the input
  const files = el('input', { type: 'file', multiple: true, class: 'sd-attachments sd-out-of-sight', tabindex: -1 });
  const chooseFiles = el('button', { type: 'button', class: 'btn btn-default btn-xs sd-choose-files',
    on: { click: () => files.click() } }, t('chooseFiles'));
  const chosenFiles = el('span', { class: 'sd-muted sd-chosen-files' });
  const showChosen = () => {
    const names = Array.from(files.files || []).map((f) => f.name);
    chosenFiles.textContent = names.length ? names.join(', ') : t('noFilesChosen');
  };
  files.addEventListener('change', showChosen);
  showChosen();
  const hint = el('span', { class: 'sd-muted sd-hint' });
  const toCustomer = el('input', { type: 'radio', name: 'sd-visibility', value: 'CUSTOMER', checked: true });
  const internal = el('input', { type: 'radio', name: 'sd-visibility', value: 'INTERNAL' });
  const send = el('button', { type: 'button', class: 'btn btn-primary sd-send' }, t('send'));
  const status = el('span', { class: 'sd-status', role: 'status' });
  const next = el('p', { class: 'sd-next', hidden: true }, t('nextStep'), ' ',
    el('button', { type: 'button', class: 'btn btn-default btn-xs sd-open-form', on: { click: () => showForm(false) } },
      t('openForm')));
  const readOnly = el('div', { class: 'sd-muted sd-read-only', hidden: true }, t('readOnly'));
  let filledWith = null;

  function fillFromTemplate() {
    const chosen = (state.templates || []).find((tpl) => tpl.id === templateSelect.value);
    if (!chosen) {
      return;
    }
    const body = chosen.text[languageSelect.value] || chosen.text.EN;
    text.value = body;
    filledWith = body;
  }

  templateSelect.addEventListener('change', fillFromTemplate);
  languageSelect.addEventListener('change', () => {
    // only a template text nobody changed yet follows the language
    if (filledWith !== null && text.value === filledWith) {
      fillFromTemplate();
    }
  });
  [toCustomer, internal].forEach((radio) => radio.addEventListener('change', () => {
    files.disabled = internal.checked;
    chooseFiles.disabled = internal.checked;
    if (internal.checked) {
      files.value = '';
      showChosen();
    }
  }));

  send.addEventListener('click', async () => {
    status.textContent = '';
    status.className = 'sd-status';
    const body = text.value.trim();
    if (!body) {
      status.textContent = t('writeSomething');
      status.classList.add('sd-error');
      return;
    }
    const chosen = Array.from(files.files || []);
    const limits = state.limits || { maxFiles: 10, maxFileBytes: 10 * 1024 * 1024 };
    const megabytes = Math.round(limits.maxFileBytes / (1024 * 1024));
    if (chosen.length > limits.maxFiles) {
      status.textContent = t('tooManyFiles', { count: limits.maxFiles });
      status.classList.add('sd-error');
      return;
    }
    const tooLarge = chosen.find((f) => f.size > limits.maxFileBytes);
    if (tooLarge) {
      status.textContent = t('fileTooLarge', { name: tooLarge.name, size: megabytes });
      status.classList.add('sd-error');
      return;
    }
    const form = new FormData();
    form.append('body', body);
    form.append('visibility', internal.checked ? 'INTERNAL' : 'CUSTOMER');
    chosen.forEach((f) => form.append('attachments', f, f.name));
    send.disabled = true;
    send.textContent = t('sending');
    try {
      const answer = await postForm('/appeals/' + encodeURIComponent(state.number) + '/messages', form);
      if (answer.status === 201) {
        status.textContent = internal.checked ? t('noted') : t('sent');
        status.classList.add('sd-ok');
        text.value = '';
        files.value = '';
        showChosen();
        templateSelect.value = '';
        filledWith = null;
        next.hidden = internal.checked;
        state.reload();
        state.tasklistChanged();
      } else if (answer.status === 401) {
        status.textContent = t('signedOut');
        status.classList.add('sd-error');
      } else {
        status.textContent = problem(answer.json, t('failed'));
        status.classList.add('sd-error');
      }
    } catch (e) {
      status.textContent = t('failed');
      status.classList.add('sd-error');
    } finally {
      send.disabled = false;
      send.textContent = t('send');
    }
  });

  box.appendChild(el('h4', null, t('reply')));
  const editable = el('div', { class: 'sd-editable' },
    el('div', { class: 'sd-row' },
      el('label', { class: 'sd-inline' }, t('template'), ' ', templateSelect),
      el('label', { class: 'sd-inline' }, t('textLanguage'), ' ', languageSelect)),
    text,
    el('div', { class: 'sd-row' }, el('span', { class: 'sd-inline' }, t('attach'), ' ', chooseFiles, ' ', chosenFiles, files),
      hint),
    el('div', { class: 'sd-row' },
      el('label', { class: 'sd-radio' }, toCustomer, ' ', t('toCustomer')),
      el('label', { class: 'sd-radio' }, internal, ' ', t('internalNote'))),
    el('div', { class: 'sd-row' }, send, ' ', status),
    next);
  box.appendChild(editable);
  box.appendChild(readOnly);

  /** Called on every refresh: templates, language and whether the caller may write. */
  box.update = function update(view) {
    state.number = view.appeal.number;
    state.limits = view.limits;
    const ids = (view.templates || []).map((tpl) => tpl.id).join(',');
    if (ids !== (state.templates || []).map((tpl) => tpl.id).join(',')) {
      state.templates = view.templates || [];
      const keep = templateSelect.value;
      clear(templateSelect);
      templateSelect.appendChild(el('option', { value: '' }, t('chooseTemplate')));
      const mine = state.templates.filter((tpl) => tpl.categories.indexOf(view.appeal.category) >= 0);
      const others = state.templates.filter((tpl) => tpl.categories.indexOf(view.appeal.category) < 0);
      const option = (tpl) => el('option', { value: tpl.id }, tpl.title[LANGUAGE.toUpperCase()] || tpl.title.EN);
      if (mine.length) {
        templateSelect.appendChild(el('optgroup', { label: t('forCategory') }, mine.map(option)));
      }
      if (others.length && mine.length) {
        templateSelect.appendChild(el('optgroup', { label: t('otherTemplates') }, others.map(option)));
      } else {
        others.forEach((tpl) => templateSelect.appendChild(option(tpl)));
      }
      templateSelect.value = keep;
    }
    if (!state.languageChosen) {
      languageSelect.value = view.appeal.language === 'RU' ? 'RU' : 'EN';
      state.languageChosen = true;
    }
    const limits = view.limits || { maxFiles: 10, maxFileBytes: 10 * 1024 * 1024 };
    hint.textContent = t('attachHint', { count: limits.maxFiles, size: Math.round(limits.maxFileBytes / (1024 * 1024)) });
    editable.hidden = !view.writable;
    readOnly.hidden = !!view.writable || view.appeal.status === 'CLOSED' || view.appeal.status === 'REJECTED';
  };
  return box;
}

// --- the tab ---

const TAB_LABELS = [t('tab'), t('tabCostRequest'), t('tabNotice')];

/**
 * Names the tab after what the task belongs to (appeal, cost request, notice). Tasklist draws one label
 * per plugin, so the header's text is changed in place; the next task's tab starts from the plugin's.
 */
function labelTab(label) {
  document.querySelectorAll('.tabbed-content .nav-tabs > li > a').forEach((a) => {
    if (TAB_LABELS.indexOf(a.textContent.trim()) >= 0 && a.textContent.trim() !== label) {
      a.textContent = label;
    }
  });
}

/**
 * Tells Tasklist that the task and the list changed (an answer moves the task's due date to the next
 * deadline), through the data of the view the plugin is rendered in.
 */
function tasklistChanged(scope) {
  forgetCards();
  if (!scope || !scope.taskData || typeof scope.taskData.changed !== 'function') {
    return;
  }
  scope.$applyAsync(() => {
    scope.taskData.changed('task');
    scope.taskData.changed('taskList');
  });
}

function mount(node, taskId, scope) {
  stop();
  labelTab(t('tab'));
  const root = el('div', { class: 'sd-workspace', dataset: { taskId } });
  const message = el('div', { class: 'sd-message' }, t('loading'));
  const top = el('div');
  const main = el('div', { class: 'sd-main' });
  const side = el('aside', { class: 'sd-side' });
  const state = { taskId, templates: null };
  const reply = composer(state);
  const conversationSlot = el('div');
  main.appendChild(conversationSlot);
  const columns = el('div', { class: 'sd-columns', hidden: true }, main, side);
  root.appendChild(message);
  root.appendChild(top);
  root.appendChild(columns);
  node.appendChild(root);

  // where the live record of a task without an appeal is read, once the task has named it
  let recordPath = null;

  function failed(status, notFoundText, failedText) {
    message.textContent = status === 401 ? t('signedOut') : status === 404 ? notFoundText : failedText;
    message.hidden = false;
  }

  async function load() {
    if (recordPath) {
      return loadRecord();
    }
    let answer;
    try {
      [answer] = await Promise.all([get('/tasks/' + encodeURIComponent(taskId)), staffTimeZone()]);
    } catch (e) {
      answer = { status: 0 };
    }
    if (!root.isConnected) {
      return undefined;
    }
    if (answer.status === 204 && relatedLink(answer.link)) {
      // a cost request, an onboarding step or a service notice: its record, read live like an appeal
      recordPath = relatedLink(answer.link);
      return loadRecord();
    }
    if (answer.status === 204) {
      // not an appeal task: its form is what matters, unless the agent chose this tab on purpose
      message.textContent = t('notAnAppeal');
      stop();
      if (hashParams().get('detailsTab') !== TAB_ID) {
        showForm(true);
      }
      return undefined;
    }
    if (!answer.ok || !answer.json) {
      failed(answer.status, t('notFound'), t('failed'));
      return undefined;
    }
    try {
      labelTab(t('tab'));
      show(answer.json);
    } catch (e) {
      // a view that cannot be drawn says so instead of showing half of it
      console.error('Support desk workspace:', e);
      message.textContent = t('failed');
      message.hidden = false;
      columns.hidden = true;
    }
    return undefined;
  }

  async function loadRecord() {
    let answer;
    try {
      answer = await follow(recordPath);
    } catch (e) {
      answer = { status: 0 };
    }
    if (!root.isConnected) {
      return;
    }
    if (!answer.ok || !answer.json) {
      failed(answer.status, t('recordNotFound'), t('recordFailed'));
      return;
    }
    const notice = recordPath.indexOf('/notifications/') >= 0;
    try {
      labelTab(notice ? t('tabNotice') : t('tabCostRequest'));
      showRecord(notice ? noticeView(answer.json, load) : costRequestView(answer.json, load),
        notice ? 'NOTIFICATION' : 'COST_REQUEST', answer.json.number);
    } catch (e) {
      console.error('Support desk workspace:', e);
      message.textContent = t('recordFailed');
      message.hidden = false;
      columns.hidden = true;
    }
  }

  /** A cost request or notice: its facts on top, what it says in the middle, its course beside. */
  function showRecord(parts, kind, number) {
    message.hidden = true;
    root.dataset.kind = kind;
    root.dataset.number = number;
    clear(top);
    parts.top.forEach((part) => part && top.appendChild(part));
    clear(conversationSlot);
    parts.main.forEach((part) => part && conversationSlot.appendChild(part));
    clear(side);
    parts.side.forEach((part) => part && side.appendChild(part));
    columns.hidden = false;
  }

  function show(view) {
    message.hidden = true;
    root.dataset.kind = 'APPEAL';
    root.dataset.number = view.appeal.number;
    clear(top);
    top.appendChild(header(view, load));
    top.appendChild(facts(view.appeal));
    top.appendChild(deadlines(view.appeal));
    clear(conversationSlot);
    conversationSlot.appendChild(conversation(view.appeal));
    if (!reply.isConnected) {
      main.appendChild(reply);
    }
    reply.update(view);
    clear(side);
    side.appendChild(customerBox(view));
    side.appendChild(contractBox(view));
    side.appendChild(otherAppealsBox(view));
    side.appendChild(noticesBox(view));
    columns.hidden = false;
  }

  state.reload = load;
  state.tasklistChanged = () => tasklistChanged(scope);
  current = {
    taskId,
    timer: setInterval(() => {
      if (!root.isConnected) {
        stop();
      } else if (!document.hidden) {
        load();
      }
    }, REFRESH_MS)
  };
  load();
}

export const detailPlugin = {
  id: TAB_ID,
  pluginPoint: 'tasklist.task.detail',
  // before the form (1000): the appeal is what an agent reads first
  priority: 1100,
  label: t('tab'),
  render(node, { taskId }, scope) {
    mount(node, taskId, scope);
  },
  unmount() {
    stop();
  }
};
