// Calls to the desk's workspace API with the Tasklist login (the webapp's session cookie). Changes
// carry the webapp's CSRF token, as Tasklist's own calls do.

const appRoot = document.querySelector('base').getAttribute('app-root') || '/camunda';
// the webapps live one path segment below the application's root (/camunda by default)
const contextPath = appRoot.slice(0, appRoot.lastIndexOf('/'));

export const WORKSPACE = contextPath + '/api/workspace';
export const TASKLIST = appRoot + '/app/tasklist/';

function csrfToken() {
  const cookie = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

function headers(extra) {
  // marks the call as the plugin's: an ended session answers 401 without the browser's sign-in dialog
  return Object.assign({ 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' }, extra || {});
}

async function answer(response) {
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  return { status: response.status, ok: response.ok, json, link: response.headers.get('Link') };
}

export async function get(path, extraHeaders) {
  const response = await fetch(WORKSPACE + path, { credentials: 'same-origin', headers: headers(extraHeaders) });
  return answer(response);
}

/**
 * Follows a link the API gave (they start with /api/workspace), e.g. the live record a task without an
 * appeal belongs to.
 */
export async function follow(path) {
  const response = await fetch(contextPath + path, { credentials: 'same-origin', headers: headers() });
  return answer(response);
}

/** The target of a {@code Link} header's related link: a path of the workspace API, else null. */
export function relatedLink(link) {
  const match = /<(\/api\/workspace\/[^>]+)>\s*;\s*rel="related"/.exec(link || '');
  return match ? match[1] : null;
}

/** Posts a form (with files) as multipart. */
export async function postForm(path, form) {
  const response = await fetch(WORKSPACE + path, {
    method: 'POST', credentials: 'same-origin', headers: headers({ 'X-XSRF-TOKEN': csrfToken() }), body: form
  });
  return answer(response);
}

/** Puts a JSON body. */
export async function putJson(path, body) {
  const response = await fetch(WORKSPACE + path, {
    method: 'PUT', credentials: 'same-origin',
    headers: headers({ 'X-XSRF-TOKEN': csrfToken(), 'Content-Type': 'application/json' }), body: JSON.stringify(body)
  });
  return answer(response);
}

/** The address of a link the API gave (they start with /api/workspace), e.g. a download. */
export function url(path) {
  return contextPath + path;
}

/** The first message of a problem answer: a field error, else its detail. */
export function problem(json, fallback) {
  if (json && Array.isArray(json.errors) && json.errors.length) {
    return json.errors.map((e) => e.message).join(' ');
  }
  return (json && json.detail) || fallback;
}
