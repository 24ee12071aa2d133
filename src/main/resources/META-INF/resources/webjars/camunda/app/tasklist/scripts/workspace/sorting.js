// Every queue opens with the nearest deadline first. Tasklist sorts its list by the address's
// "sorting" parameter and, without one, by creation time (a default no configuration changes), so the
// parameter is put in whenever the list is opened without one. A sorting the agent chose stays.
import { hashParams, hashPath, withParams } from './location.js';

export const BY_DEADLINE = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function ensureSorting() {
  // only the task list; the login page and others keep their address
  if (hashPath() !== '/' || hashParams().has('sorting')) {
    return;
  }
  // before Tasklist reads the address: it then loads the list in this order at once
  window.history.replaceState(window.history.state, '', withParams({ sorting: BY_DEADLINE }));
}

ensureSorting();
window.addEventListener('hashchange', ensureSorting);
