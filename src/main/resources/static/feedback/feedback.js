// The customers' feedback form and status page. Everything that comes from the API is shown with
// textContent only, so a message can never inject markup.
(function () {
  'use strict';

  var TEXTS = {
    en: {
      formTitle: 'Contact technical support',
      formLead: 'Describe what happened; we answer by e-mail and on the status page of your request.',
      email: 'E-mail', contactName: 'Your name', login: 'Login in the cloud console', project: 'Project',
      subject: 'Subject', description: 'What happened?',
      descriptionHint: 'When it started, which resources, what you see and what you expected.',
      urgency: 'How urgent is it for you?', impact: 'How much of your work is affected?', notSure: 'Not sure',
      urgencyHigh: 'Very urgent: my work has stopped', urgencyMedium: 'Soon, today if possible', urgencyLow: 'It can wait',
      impactHigh: 'All or most of it', impactMedium: 'A part of it', impactLow: 'Very little',
      attachments: 'Files (screenshots, logs)', chooseFiles: 'Choose files', noFilesChosen: 'No files chosen',
      attachmentsHint: 'Up to 10 files, 10 MB each, 25 MB in total. PNG, JPEG, GIF, PDF, ZIP, GZIP or text logs.',
      send: 'Send', sending: 'Sending…',
      sentTitle: 'Your request is registered', number: 'Number', firstAnswerBy: 'We will answer by',
      resolutionBy: 'We aim to resolve by', receivedAt: 'Received',
      rejectedTitle: 'Unfortunately, this request is outside what technical support handles:',
      keepLink: 'Keep this link: it is the only way to see our answers and write to us about this request.',
      statusLink: 'Open the request status',
      required: 'Please fill this in.',
      tooManyFiles: 'At most 10 files.', fileTooLarge: 'Each file may be at most 10 MB.',
      filesTooLarge: 'All files together may be at most 25 MB.',
      tooLarge: 'The files are too large: at most 10 MB each and 25 MB in total.',
      tooMany: 'Too many requests from your address. Please wait a minute and try again.',
      failed: 'Something went wrong. Please try again later.',
      offline: 'The service cannot be reached. Please check your connection and try again.',
      statusTitle: 'Request', loading: 'Loading…', status: 'Status', subjectNone: '—',
      conversation: 'Conversation', files: 'Files', noFiles: 'No files.', noMessages: 'No messages yet.',
      requestFiles: 'Files sent with the request', firstAnswered: 'Answered', download: 'Download',
      downloadFailed: 'The file could not be downloaded. Please try again.',
      replyTitle: 'Write to support', sendReply: 'Send',
      confirmQuestion: 'We believe the problem is solved. Does everything work?',
      confirm: 'Everything works — confirm', confirmed: 'Thank you! The request is closed.',
      notFound: 'Request not found, or the link is invalid. Please use the full link you received.',
      you: 'You', support: 'Support',
      statuses: { OPEN: 'Received', IN_PROGRESS: 'In progress', WAITING_FOR_CUSTOMER: 'Waiting for your answer',
        RESOLVED: 'Resolved', CLOSED: 'Closed', REJECTED: 'Rejected' },
      kinds: { CUSTOMER_MESSAGE: 'Message', ACKNOWLEDGEMENT: 'Confirmation of receipt', REPLY: 'Answer',
        QUESTION: 'Question', REJECTION: 'Rejection', HANDOVER: 'Handed over to sales', RESOLUTION: 'Resolved',
        REMINDER: 'Reminder', CLOSURE: 'Closed' }
    },
    ru: {
      formTitle: 'Обращение в техническую поддержку',
      formLead: 'Опишите, что произошло; мы ответим по электронной почте и на странице статуса обращения.',
      email: 'Электронная почта', contactName: 'Ваше имя', login: 'Логин в консоли облака', project: 'Проект',
      subject: 'Тема', description: 'Что произошло?',
      descriptionHint: 'Когда началось, какие ресурсы затронуты, что вы видите и что ожидали.',
      urgency: 'Насколько это срочно для вас?', impact: 'Какая часть вашей работы затронута?', notSure: 'Не знаю',
      urgencyHigh: 'Очень срочно: работа остановилась', urgencyMedium: 'Скоро, по возможности сегодня',
      urgencyLow: 'Может подождать',
      impactHigh: 'Вся или почти вся', impactMedium: 'Часть', impactLow: 'Совсем немного',
      attachments: 'Файлы (снимки экрана, журналы)', chooseFiles: 'Выбрать файлы', noFilesChosen: 'Файлы не выбраны',
      attachmentsHint: 'До 10 файлов, до 10 МБ каждый, всего до 25 МБ. PNG, JPEG, GIF, PDF, ZIP, GZIP или текстовые журналы.',
      send: 'Отправить', sending: 'Отправляем…',
      sentTitle: 'Обращение зарегистрировано', number: 'Номер', firstAnswerBy: 'Ответим до',
      resolutionBy: 'Постараемся решить до', receivedAt: 'Получено',
      rejectedTitle: 'К сожалению, этот вопрос вне компетенции технической поддержки:',
      keepLink: 'Сохраните эту ссылку: только по ней можно увидеть наши ответы и написать нам по этому обращению.',
      statusLink: 'Открыть статус обращения',
      required: 'Заполните, пожалуйста.',
      tooManyFiles: 'Не больше 10 файлов.', fileTooLarge: 'Каждый файл — не больше 10 МБ.',
      filesTooLarge: 'Все файлы вместе — не больше 25 МБ.',
      tooLarge: 'Файлы слишком большие: не больше 10 МБ каждый и 25 МБ вместе.',
      tooMany: 'Слишком много обращений с вашего адреса. Подождите минуту и попробуйте снова.',
      failed: 'Что-то пошло не так. Попробуйте позже.',
      offline: 'Сервис недоступен. Проверьте подключение и попробуйте снова.',
      statusTitle: 'Обращение', loading: 'Загрузка…', status: 'Статус', subjectNone: '—',
      conversation: 'Переписка', files: 'Файлы', noFiles: 'Файлов нет.', noMessages: 'Сообщений пока нет.',
      requestFiles: 'Файлы, отправленные с обращением', firstAnswered: 'Ответ дан', download: 'Скачать',
      downloadFailed: 'Не удалось скачать файл. Попробуйте ещё раз.',
      replyTitle: 'Написать в поддержку', sendReply: 'Отправить',
      confirmQuestion: 'Мы считаем, что проблема решена. Всё работает?',
      confirm: 'Всё работает — подтвердить', confirmed: 'Спасибо! Обращение закрыто.',
      notFound: 'Обращение не найдено или ссылка неверна. Откройте полную ссылку, которую вы получили.',
      you: 'Вы', support: 'Поддержка',
      statuses: { OPEN: 'Получено', IN_PROGRESS: 'В работе', WAITING_FOR_CUSTOMER: 'Ждём вашего ответа',
        RESOLVED: 'Решено', CLOSED: 'Закрыто', REJECTED: 'Отклонено' },
      kinds: { CUSTOMER_MESSAGE: 'Сообщение', ACKNOWLEDGEMENT: 'Подтверждение получения', REPLY: 'Ответ',
        QUESTION: 'Вопрос', REJECTION: 'Отказ', HANDOVER: 'Передано в отдел продаж', RESOLUTION: 'Решено',
        REMINDER: 'Напоминание', CLOSURE: 'Закрыто' }
    }
  };

  var MAX_FILES = 10, MAX_FILE = 10 * 1024 * 1024, MAX_TOTAL = 25 * 1024 * 1024;
  var lang = (navigator.language || 'en').toLowerCase().indexOf('ru') === 0 ? 'ru' : 'en';
  // the status link carries the language the customer chose on the form
  var linkLang = new URLSearchParams(location.hash.replace(/^#/, '')).get('lang');
  if (linkLang === 'ru' || linkLang === 'en') { lang = linkLang; }
  var rerender = function () {};

  function t(key) { return TEXTS[lang][key]; }
  function $(id) { return document.getElementById(id); }
  function text(el, value) { el.textContent = value == null ? '' : String(value); return el; }

  function time(iso) {
    if (!iso) { return '—'; }
    return new Date(iso).toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB',
      // dateStyle cannot be combined with timeZoneName; the zone matters for a promised time
      { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  }

  var filePickers = [];

  function applyLanguage() {
    document.documentElement.lang = lang;
    filePickers.forEach(function (show) { show(); });
    document.querySelectorAll('[data-i18n]').forEach(function (el) { text(el, t(el.getAttribute('data-i18n'))); });
    document.querySelectorAll('[data-lang]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === lang));
    });
    document.title = document.body.getAttribute('data-page') === 'form' ? t('formTitle') : t('statusTitle');
    rerender();
  }

  document.querySelectorAll('[data-lang]').forEach(function (b) {
    b.addEventListener('click', function () { lang = b.getAttribute('data-lang'); applyLanguage(); });
  });

  /**
   * A file field in the page's language: the browser's own button ("Choose Files") speaks the browser's
   * language, not the one chosen here. The input stays in the form, out of sight; the button opens it.
   */
  function filePicker(input) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'file-choose';
    var chosen = document.createElement('span');
    chosen.className = 'file-chosen';
    function show() {
      var names = Array.prototype.map.call(input.files || [], function (f) { return f.name; });
      text(button, t('chooseFiles'));
      text(chosen, names.length ? names.join(', ') : t('noFilesChosen'));
    }
    button.addEventListener('click', function () { input.click(); });
    input.addEventListener('change', show);
    input.classList.add('sr-only');
    input.tabIndex = -1;
    input.after(button, chosen);
    return show;
  }

  // --- errors beside their fields ---

  function clearErrors(form) {
    form.querySelectorAll('.error').forEach(function (el) { text(el, ''); });
    form.querySelectorAll('.invalid').forEach(function (el) { el.classList.remove('invalid'); });
  }

  function showFieldError(form, field, message) {
    // "attachments[0]" or "attachments.size" belong to the attachments field
    var name = String(field || '').split(/[\[.]/)[0];
    var target = name && form.querySelector('.field[data-field="' + name + '"]');
    if (!target) { return false; }
    target.classList.add('invalid');
    var el = target.querySelector('.error');
    text(el, el.textContent ? el.textContent + ' ' + message : message);
    return true;
  }

  /** Shows a failed answer: field errors beside their fields, anything else in the general slot. */
  function showProblem(form, general, status, problem) {
    if (status === 413) { text(general, t('tooLarge')); return; }
    if (status === 429) { text(general, t('tooMany')); return; }
    var shown = false;
    if (problem && Array.isArray(problem.errors)) {
      problem.errors.forEach(function (e) {
        if (!showFieldError(form, e.field, e.message)) {
          text(general, (general.textContent ? general.textContent + ' ' : '') + e.message);
        }
        shown = true;
      });
    }
    if (!shown) { text(general, (problem && problem.detail) || t('failed')); }
  }

  function readJson(response) {
    return response.text().then(function (body) {
      try { return body ? JSON.parse(body) : null; } catch (e) { return null; }
    });
  }

  function api(method, url, token, body) {
    var headers = { 'Accept': 'application/json, application/problem+json', 'Accept-Language': lang };
    if (token) { headers['X-Appeal-Token'] = token; }
    if (body !== undefined && !(body instanceof FormData)) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(body);
    }
    return fetch(url, { method: method, headers: headers, body: body, credentials: 'omit',
      referrerPolicy: 'no-referrer' })
      .then(function (response) {
        return readJson(response).then(function (json) { return { status: response.status, ok: response.ok, json: json }; });
      });
  }

  // --- the form ---

  /** The same limits the server applies, told before anything is sent. */
  function checkFiles(form, input) {
    var files = Array.prototype.slice.call(input.files || []);
    var total = files.reduce(function (sum, f) { return sum + f.size; }, 0);
    if (files.length > MAX_FILES) { return showFieldError(form, 'attachments', t('tooManyFiles')) && false; }
    if (files.some(function (f) { return f.size > MAX_FILE; })) { return showFieldError(form, 'attachments', t('fileTooLarge')) && false; }
    if (total > MAX_TOTAL) { return showFieldError(form, 'attachments', t('filesTooLarge')) && false; }
    return true;
  }

  function checkForm(form) {
    // only what needs no rules of the server: it checks the e-mail's form and answers per field
    var ok = true;
    var email = $('email').value.trim();
    if (!email) { ok = showFieldError(form, 'email', t('required')) && false; }
    if (!$('description').value.trim()) { ok = showFieldError(form, 'description', t('required')) && false; }
    if (!checkFiles(form, $('attachments'))) { ok = false; }
    return ok;
  }

  function startForm() {
    var form = $('appeal-form');
    var created = null;
    rerender = function () {
      if (created) { showCreated(created); }
    };
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearErrors(form);
      // the browser's own check would stop at the first field and ignore our language
      if (!checkForm(form)) { return; }
      var data = new FormData();
      data.append('channel', 'FEEDBACK_FORM');
      ['email', 'contactName', 'login', 'project', 'subject', 'description', 'urgency', 'impact'].forEach(function (name) {
        var value = $(name).value.trim();
        if (value) { data.append(name, value); }
      });
      Array.prototype.forEach.call($('attachments').files || [], function (f) { data.append('attachments', f, f.name); });
      var button = $('submit');
      button.disabled = true;
      text(button, t('sending'));
      api('POST', '/api/appeals', null, data).then(function (answer) {
        if (answer.status === 201 && answer.json) {
          created = answer.json;
          form.hidden = true;
          showCreated(created);
        } else {
          showProblem(form, $('form-error'), answer.status, answer.json);
        }
      }, function () {
        text($('form-error'), t('offline'));
      }).then(function () {
        button.disabled = false;
        text(button, t('send'));
      });
    });
  }

  function showCreated(c) {
    text($('result-number'), c.number);
    text($('result-first-response'), time(c.firstResponseDueAt));
    $('result-rejection').hidden = !c.rejectionReason;
    text($('result-rejection-reason'), c.rejectionReason);
    // the token goes in the fragment: browsers never send it to the server or in a Referer
    var link = 'status.html#number=' + encodeURIComponent(c.number) + '&token=' + encodeURIComponent(c.accessToken)
      + '&lang=' + lang;
    $('status-link').setAttribute('href', link);
    text($('status-link-text'), new URL(link, location.href).href);
    $('result').hidden = false;
  }

  // --- the status page ---

  function startStatus() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    var number = params.get('number') || '';
    var token = params.get('token') || '';
    var appeal = null;
    var base = '/api/appeals/' + encodeURIComponent(number);
    text($('appeal-number'), number);

    function fail(message) {
      $('status-loading').hidden = true;
      $('appeal').hidden = true;
      text($('status-error'), message);
    }

    function load() {
      if (!/^[A-Za-z0-9-]+$/.test(number) || !token) { fail(t('notFound')); return Promise.resolve(); }
      return api('GET', base, token).then(function (answer) {
        if (answer.status === 404) { fail(t('notFound')); return; }
        if (!answer.ok || !answer.json) { fail(t('failed')); return; }
        appeal = answer.json;
        render();
      }, function () { fail(t('offline')); });
    }

    function render() {
      if (!appeal) { return; }
      $('status-loading').hidden = true;
      text($('status-error'), '');
      $('appeal').hidden = false;
      text($('appeal-status'), t('statuses')[appeal.status] || appeal.status).setAttribute('data-status', appeal.status);
      text($('appeal-subject'), appeal.subject || t('subjectNone'));
      text($('appeal-received'), time(appeal.receivedAt));
      // once answered, the promise is kept: say when, not "we will answer by"
      text($('first-response-label'), appeal.firstAnsweredAt ? t('firstAnswered') : t('firstAnswerBy'));
      text($('appeal-first-response'), appeal.firstAnsweredAt ? time(appeal.firstAnsweredAt) : time(appeal.firstResponseDueAt));
      text($('appeal-resolution'), time(appeal.resolutionDueAt));
      $('appeal-rejection').hidden = !appeal.rejectionReason;
      text($('appeal-rejection-reason'), appeal.rejectionReason);
      $('confirm-box').hidden = appeal.status !== 'RESOLVED';
      $('reply-box').hidden = appeal.status === 'CLOSED' || appeal.status === 'REJECTED';

      var byMessage = {};
      var requestFiles = [];
      (appeal.attachments || []).forEach(function (a) {
        if (a.messageId == null) { requestFiles.push(a); return; }
        (byMessage[a.messageId] = byMessage[a.messageId] || []).push(a);
      });

      var list = $('messages');
      list.replaceChildren();
      (appeal.messages || []).forEach(function (m) {
        var inbound = m.direction === 'INBOUND';
        var item = document.createElement('li');
        item.className = 'message ' + (inbound ? 'inbound' : 'outbound');
        item.setAttribute('data-kind', m.kind || '');
        var head = document.createElement('div');
        head.className = 'meta';
        var who = (inbound ? t('you') : t('support')) + ' · ' + (t('kinds')[m.kind] || m.kind || '');
        head.appendChild(text(document.createElement('span'), who));
        head.appendChild(text(document.createElement('time'), time(m.createdAt)));
        item.appendChild(head);
        item.appendChild(text(document.createElement('div'), m.body)).className = 'body';
        if (byMessage[m.id]) { item.appendChild(fileList(byMessage[m.id])); }
        list.appendChild(item);
      });
      if (!list.children.length) { list.appendChild(text(document.createElement('li'), t('noMessages'))).className = 'empty'; }

      var files = $('attachments');
      files.replaceChildren();
      requestFiles.forEach(function (a) { files.appendChild(fileItem(a)); });
      if (!files.children.length) { files.appendChild(text(document.createElement('li'), t('noFiles'))).className = 'empty'; }
    }

    function fileList(attachments) {
      var list = document.createElement('ul');
      list.className = 'files';
      attachments.forEach(function (a) { list.appendChild(fileItem(a)); });
      return list;
    }

    /** A file as a button: the download needs the token in a header, which a plain link cannot send. */
    function fileItem(a) {
      var item = document.createElement('li');
      item.className = 'file';
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'file-download';
      button.title = t('download');
      text(button, a.fileName);
      button.addEventListener('click', function () { download(a, button); });
      item.appendChild(button);
      item.appendChild(text(document.createElement('span'), ' (' + Math.max(1, Math.round(a.size / 1024)) + ' KB)')).className = 'file-size';
      return item;
    }

    function download(a, button) {
      button.disabled = true;
      fetch(a.url, { headers: { 'X-Appeal-Token': token }, credentials: 'omit', referrerPolicy: 'no-referrer' })
        .then(function (response) {
          if (!response.ok) { throw new Error('HTTP ' + response.status); }
          return response.blob();
        })
        .then(function (blob) {
          var link = document.createElement('a');
          link.href = URL.createObjectURL(blob);
          // the customer's own name for it; the server's generated name is only a fallback
          link.download = a.fileName;
          document.body.appendChild(link);
          link.click();
          link.remove();
          setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
        })
        .catch(function () { text($('status-error'), t('downloadFailed')); })
        .then(function () { button.disabled = false; });
    }

    rerender = render;

    $('reply-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var form = $('reply-form');
      clearErrors(form);
      var body = $('reply').value.trim();
      if (!body) { showFieldError(form, 'body', t('required')); return; }
      if (!checkFiles(form, $('reply-attachments'))) { return; }
      var chosen = Array.prototype.slice.call($('reply-attachments').files || []);
      var payload = { body: body };
      if (chosen.length) {
        payload = new FormData();
        payload.append('body', body);
        chosen.forEach(function (f) { payload.append('attachments', f, f.name); });
      }
      var button = $('send-reply');
      button.disabled = true;
      api('POST', base + '/messages', token, payload).then(function (answer) {
        if (answer.status === 201) {
          $('reply').value = '';
          $('reply-attachments').value = '';
          $('reply-attachments').dispatchEvent(new Event('change'));
          return load();
        }
        if (answer.status === 404) { fail(t('notFound')); return; }
        showProblem(form, $('body-error'), answer.status, answer.json);
      }, function () { text($('body-error'), t('offline')); }).then(function () { button.disabled = false; });
    });

    $('confirm').addEventListener('click', function () {
      var button = $('confirm');
      button.disabled = true;
      api('POST', base + '/confirm', token).then(function (answer) {
        if (answer.status === 204) { return load(); }
        if (answer.status === 404) { fail(t('notFound')); return; }
        text($('status-error'), (answer.json && answer.json.detail) || t('failed'));
      }, function () { text($('status-error'), t('offline')); }).then(function () { button.disabled = false; });
    });

    window.addEventListener('hashchange', function () { location.reload(); });
    load();
  }

  document.querySelectorAll('input[type=file]').forEach(function (input) { filePickers.push(filePicker(input)); });
  applyLanguage();
  if (document.body.getAttribute('data-page') === 'form') { startForm(); } else { startStatus(); }
})();
