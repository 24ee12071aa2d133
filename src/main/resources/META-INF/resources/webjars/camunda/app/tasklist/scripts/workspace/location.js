// Tasklist keeps its state in the address after '#/?': filter, task, detailsTab, sorting. Changing
// those parameters is how the workspace moves Tasklist, the same way its own links do.

export const FORM_TAB = 'task-detail-form';

export function hashParams() {
  const hash = window.location.hash || '';
  const query = hash.indexOf('?') >= 0 ? hash.substring(hash.indexOf('?') + 1) : '';
  return new URLSearchParams(query);
}

export function hashPath() {
  const hash = (window.location.hash || '#/').substring(1);
  const path = hash.indexOf('?') >= 0 ? hash.substring(0, hash.indexOf('?')) : hash;
  return path || '/';
}

/** The address with these parameters changed (null removes one). */
export function withParams(changes) {
  const params = hashParams();
  Object.keys(changes).forEach((name) => {
    if (changes[name] == null) {
      params.delete(name);
    } else {
      params.set(name, changes[name]);
    }
  });
  const query = params.toString();
  return window.location.pathname + window.location.search + '#' + hashPath() + (query ? '?' + query : '');
}

/** Goes there as if the user had followed a link; replace: without a new history entry. */
export function go(changes, replace) {
  const target = withParams(changes);
  if (replace) {
    window.location.replace(target);
  } else {
    window.location.assign(target);
  }
}

/** Shows the task's form (the decisions: triage, next step). */
export function showForm(replace) {
  go({ detailsTab: FORM_TAB }, replace);
}
