// The live tab of tasks that belong to no appeal: a Managed Services cost request (also on its
// onboarding steps) or a service notice, as it is in the desk's tables when the tab opens, on Refresh
// and every half minute. Codes are shown as words in the reader's language.
import { countdown } from './countdown.js';
import { el } from './dom.js';
import RUSSIAN_NAMES from './names.ru.js';
import { clockTime, fullTime, localTime } from './format.js';
import { LANGUAGE, LOCALE, t, word } from './texts.js';

function fact(label, value) {
  return el('div', { class: 'sd-fact' }, el('span', { class: 'sd-fact-label' }, label), ' ',
    el('span', { class: 'sd-fact-value' }, value == null || value === '' ? '—' : value));
}

function section(title, className, ...content) {
  return el('section', { class: 'sd-section ' + (className || '') }, el('h4', null, title), content);
}

function header(number, title, refresh) {
  return el('div', { class: 'sd-header' },
    el('h3', { class: 'sd-title' },
      el('span', { class: 'sd-number' }, number), ' ',
      el('span', { class: 'sd-subject' }, title || '—')),
    el('div', { class: 'sd-header-actions' },
      el('span', { class: 'sd-muted sd-refreshed' }, t('refreshed', { time: clockTime(new Date()) })), ' ',
      el('button', { type: 'button', class: 'btn btn-default btn-sm sd-refresh', on: { click: refresh } },
        el('span', { class: 'glyphicon glyphicon-refresh' }), ' ', t('refresh'))));
}

const money = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const number = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

function rubles(amount) {
  return amount == null ? '—' : money.format(amount) + ' ' + t('rub');
}

function day(iso) {
  if (!iso) {
    return '';
  }
  const [year, month, date] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, month - 1, date)));
}

function words(dictionary, codes) {
  return (codes || []).map((code) => word(dictionary, code)).join(', ');
}

// --- cost requests ---

function environment(env) {
  if (!env) {
    return null;
  }
  return t('environmentText', { vms: env.vms, vcpu: env.vcpu, ram: env.ramGb, storage: number.format(env.storageTb),
    databases: env.databases, clusters: env.k8sClusters });
}

function quoteBox(quote) {
  if (!quote) {
    return section(t('quote'), 'sd-quote', el('div', { class: 'sd-muted' }, t('noQuote')));
  }
  const rows = (quote.lines || []).map((line) => el('tr', null,
    el('td', null, word('serviceGroups', line.group) + (line.service ? ': ' + word('managedServices', line.service) : '')),
    el('td', null, word('quoteLineKinds', line.kind)),
    el('td', { class: 'sd-num' }, number.format(line.quantity)),
    el('td', { class: 'sd-num' }, rubles(line.unitPrice)),
    el('td', { class: 'sd-num' }, line.oneOffAmount > 0 ? rubles(line.oneOffAmount) : ''),
    el('td', { class: 'sd-num' }, line.monthlyAmount > 0 ? rubles(line.monthlyAmount) : '')));
  const sum = (label, oneOff, monthly, className) => el('tr', { class: className },
    el('td', { colspan: 4 }, label), el('td', { class: 'sd-num' }, rubles(oneOff)),
    el('td', { class: 'sd-num' }, rubles(monthly)));
  return section(t('quote'), 'sd-quote',
    el('table', { class: 'sd-quote-lines' },
      el('thead', null, el('tr', null, el('th', null, t('quoteItem')), el('th', null, t('quoteKind')),
        el('th', { class: 'sd-num' }, t('quoteQuantity')), el('th', { class: 'sd-num' }, t('quotePrice')),
        el('th', { class: 'sd-num' }, t('oneOff')), el('th', { class: 'sd-num' }, t('monthly')))),
      el('tbody', null, rows,
        sum(t('subtotal'), quote.oneOffSubtotal, quote.monthlySubtotal, 'sd-subtotal'),
        el('tr', { class: 'sd-discount' }, el('td', { colspan: 4 }, t('discount')),
          el('td', { colspan: 2, class: 'sd-num' }, number.format(quote.discountPercent || 0) + ' %')),
        sum(t('total'), quote.oneOffTotal, quote.monthlyTotal, 'sd-total'))),
    el('div', { class: 'sd-muted' }, quote.issuedAt
      ? t('quoteIssued', { time: localTime(quote.issuedAt), until: day(quote.validUntil) })
      : t('quoteNotSent')));
}

function decisionText(d) {
  const what = word('decisions', d.kind);
  if (d.kind === 'SCOPED') {
    return what + ': ' + word('serviceGroups', d.group) + ', '
      + t('hours', { oneOff: number.format(d.oneOffHours || 0), monthly: number.format(d.monthlyHours || 0) });
  }
  if (d.discountPercent != null) {
    return what + ': ' + number.format(d.discountPercent) + ' %';
  }
  return what;
}

function decisionsBox(request) {
  return section(t('decisionsTitle'), 'sd-decisions', el('ol', { class: 'sd-list' }, (request.decisions || []).map((d) =>
    el('li', { dataset: { kind: d.kind } },
      el('strong', null, decisionText(d)),
      el('div', { class: 'sd-muted' }, [d.by, d.at ? localTime(d.at) : null].filter(Boolean).join(' · ')),
      d.note ? el('div', { class: 'sd-decision-note' }, d.note) : null))));
}

function contractBox(request) {
  const c = request.contract;
  if (!c) {
    return section(t('contract'), 'sd-contract-box', el('div', { class: 'sd-muted' }, t('noContractYet')));
  }
  return section(t('contract'), 'sd-contract-box',
    el('div', { class: 'sd-contract' + (c.active ? ' sd-contract-active' : '') },
      fact(t('services'), words('managedServices', c.services)),
      fact(t('contractFrom'), c.endsOn ? day(c.startsOn) + ' — ' + day(c.endsOn) : t('openEndedFrom', { day: day(c.startsOn) })),
      fact(t('status'), c.active ? t('contractInForce') : t('contractNotInForce'))));
}

/** An onboarding step by its task's name, in Russian where the engine's names have a translation. */
function stepName(step) {
  return LANGUAGE === 'ru' && Object.prototype.hasOwnProperty.call(RUSSIAN_NAMES, step) ? RUSSIAN_NAMES[step] : step;
}

function onboardingBox(request) {
  const steps = request.onboardingSteps || [];
  if (!steps.length && !request.onboarding) {
    return null;
  }
  return section(t('onboardingSteps'), 'sd-onboarding', steps.length
    ? el('ol', { class: 'sd-list' }, steps.map((s) => el('li', null,
      el('strong', null, word('onboardings', s.onboarding)), ': ', stepName(s.step),
      el('div', { class: 'sd-muted' }, [s.completedBy, localTime(s.completedAt)].filter(Boolean).join(' · ')))))
    : el('div', { class: 'sd-muted' }, t('noStepsYet')));
}

/** The cost request's columns: the request and its quote, then the decisions, contract and onboarding. */
export function costRequestView(request, refresh) {
  const contact = request.contactName && request.contactEmail
    ? request.contactName + ' <' + request.contactEmail + '>' : (request.contactName || request.contactEmail);
  const title = request.onboarding
    ? t('onboardingOf', { onboarding: word('onboardings', request.onboarding), company: request.company })
    : t('costRequestOf', { company: request.company });
  const top = [
    header(request.number, title, refresh),
    el('div', { class: 'sd-facts' },
      request.serviceGroup ? fact(t('scopingFor'), word('serviceGroups', request.serviceGroup)) : null,
      fact(t('status'), word('requestStatuses', request.status)),
      fact(t('company'), request.company),
      fact(t('login'), request.login),
      fact(t('contact'), contact),
      fact(t('language'), word('languages', request.language)),
      fact(t('filed'), localTime(request.createdAt) + (request.filedBy ? ', ' + request.filedBy : '')),
      request.sourceAppealNumber ? fact(t('fromAppeal'), request.sourceAppealNumber) : null)
  ];
  const main = [
    section(t('servicesAsked'), 'sd-services',
      el('ul', { class: 'sd-list' }, (request.services || []).map((s) => el('li', null, word('managedServices', s)))),
      fact(t('environment'), environment(request.environment)),
      fact(t('desiredStart'), day(request.desiredStart)),
      request.notes ? el('div', { class: 'sd-note' }, el('strong', null, t('notes') + ': '), request.notes) : null),
    quoteBox(request.quote)
  ];
  const side = [decisionsBox(request), contractBox(request), onboardingBox(request)];
  return { top, main, side };
}

// --- notices ---

function scheduleBox(notice) {
  const s = notice.schedule;
  let content;
  if (s) {
    const line = (label, at) => el('div', { class: 'sd-deadline', title: fullTime(at) },
      el('span', { class: 'sd-deadline-label' }, label), ' ',
      countdown(el('strong', { class: 'sd-left' }), at), el('span', { class: 'sd-muted' }, ' · ' + localTime(at)));
    content = [line(t('reminderAt'), s.reminderAt), line(t('escalationAt'), s.escalationAt)];
  } else if (notice.status === 'RESOLVED') {
    content = el('div', { class: 'sd-muted' }, t('resolvedAt', { time: localTime(notice.resolvedAt) }));
  } else if (!notice.fourEyes) {
    content = el('div', { class: 'sd-muted' }, t('notChased'));
  } else {
    content = el('div', { class: 'sd-muted' }, t('chasedAfterSending'));
  }
  return section(t('schedule'), 'sd-schedule', content);
}

/** Whether a count takes the singular: 1 in English; 1, 21, 31… (not 11) in Russian. */
function singular(count) {
  return LANGUAGE === 'ru' ? count % 10 === 1 && count % 100 !== 11 : count === 1;
}

function ownersBox(notice) {
  const owners = notice.owners || [];
  const sent = owners.some((o) => o.sent);
  const summary = sent
    ? t('acknowledgedOf', { acknowledged: notice.acknowledged, recipients: notice.recipients })
    : t(singular(owners.length) ? 'willGoToOne' : 'willGoTo', { count: owners.length });
  return section(t('ownersAndAcks'), 'sd-owners',
    el('div', { class: 'sd-ack-summary' }, summary),
    owners.length ? el('table', { class: 'sd-owner-table' },
      el('tbody', null, owners.map((o) => el('tr', { class: o.acknowledgedAt ? 'sd-acked' : '' },
        el('td', null, el('strong', null, o.name || o.login || '—'), o.name && o.login ? ' (' + o.login + ')' : '',
          o.projectCode ? el('div', { class: 'sd-muted' }, o.projectCode) : null,
          el('div', { class: 'sd-owner-address' }, word('channels', o.channel) + (o.address ? ': ' + o.address : ''))),
        el('td', null, o.acknowledgedAt ? t('acknowledgedAt', { time: localTime(o.acknowledgedAt) })
          : (o.sent ? t('notAcknowledged') : t('notSentYet')))))))
      : el('div', { class: 'sd-muted' }, t('noOwners')));
}

function textsBox(notice) {
  return section(t('noticeTexts'), 'sd-notice-texts', (notice.texts || []).map((text) =>
    el('div', { class: 'sd-notice-text', lang: text.language.toLowerCase(), dataset: { language: text.language } },
      el('div', { class: 'sd-promise-title' }, word('languages', text.language)),
      el('div', { class: 'sd-msg-body' }, text.text))));
}

function updatesBox(notice) {
  const updates = notice.updates || [];
  return section(t('updates'), 'sd-updates', updates.length
    ? el('ol', { class: 'sd-list' }, updates.map((u) => el('li', null,
      el('div', { class: 'sd-muted' }, [u.postedBy, localTime(u.postedAt),
        u.finalUpdate ? t('finalUpdate') : null].filter(Boolean).join(' · ')),
      el('div', { class: 'sd-msg-body' }, u.body))))
    : el('div', { class: 'sd-muted' }, t('noUpdates')));
}

/** The notice's columns: what it says and when it is chased, then the owners and their acknowledgements. */
export function noticeView(notice, refresh) {
  let approval;
  if (!notice.fourEyes) {
    approval = t('noApprovalNeeded');
  } else if (notice.approvedBy) {
    approval = t('approvedBy', { user: notice.approvedBy });
  } else {
    approval = t('awaitingApproval');
  }
  const top = [
    header(notice.number, notice.title, refresh),
    el('div', { class: 'sd-facts' },
      fact(t('noticeType'), word('noticeTypes', notice.type)),
      fact(t('status'), word('noticeStatuses', notice.status)),
      fact(t('fourEyes'), approval),
      fact(t('service'), notice.service),
      fact(t('region'), notice.region),
      fact(t('projects'), (notice.projects || []).join(', ') || t('wholeRegion')),
      fact(t('reported'), localTime(notice.createdAt) + (notice.reportedBy ? ', ' + notice.reportedBy : '')),
      notice.sentAt ? fact(t('sentAt'), localTime(notice.sentAt)) : null)
  ];
  const main = [textsBox(notice), updatesBox(notice)];
  const side = [scheduleBox(notice), ownersBox(notice),
    section(t('linkedAppeals'), 'sd-linked', (notice.linkedAppeals || []).length
      ? el('ul', { class: 'sd-list' }, notice.linkedAppeals.map((n) => el('li', null, n)))
      : el('div', { class: 'sd-muted' }, t('noLinkedAppeals')))];
  return { top, main, side };
}

/** The queue card's lines for a cost request, an onboarding step or a notice. */
export function recordCardLines(card) {
  if (card.kind === 'NOTIFICATION') {
    return [
      el('div', { class: 'sd-card-line' }, el('span', { class: 'sd-customer' }, card.customer || '—'), ' · ',
        word('noticeTypes', card.noticeType)),
      (card.owners || []).length ? el('div', { class: 'sd-card-line sd-card-owners' }, t('ownersShort') + ': ',
        card.owners.slice(0, 3).join(', ') + (card.owners.length > 3 ? ' +' + (card.owners.length - 3) : '')) : null,
      el('div', { class: 'sd-card-line' }, word('noticeStatuses', card.state))
    ];
  }
  return [
    el('div', { class: 'sd-card-line' }, el('span', { class: 'sd-customer' }, card.customer || t('noName')),
      el('span', { class: 'sd-badge sd-badge-ms' }, card.kind === 'ONBOARDING' ? t('onboardingShort') : t('costRequestShort'))),
    card.serviceGroup ? el('div', { class: 'sd-card-line sd-service-group' },
      t('scopingFor'), ': ', el('strong', null, word('serviceGroups', card.serviceGroup))) : null,
    el('div', { class: 'sd-card-line' }, word('requestStatuses', card.state))
  ];
}

export function recordCardSubject(card) {
  if (card.kind === 'NOTIFICATION') {
    return card.subject;
  }
  return words('managedServices', card.services);
}
