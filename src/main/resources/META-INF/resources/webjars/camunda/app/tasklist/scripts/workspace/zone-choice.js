// The staff member's own time zone, chosen in Tasklist's footer beside the note that names it (the
// note is written by shared/scripts/staff-zone.js once the zone is known): the desk's zone, a Russian
// city's, or any other. Saved with PUT /api/workspace/settings; the page loads again so every time
// on it (cards, Appeal tab, Camunda's own dates) is written in the new zone.
import { get, putJson } from './api.js';
import { el } from './dom.js';
import { t } from './texts.js';

function zoneSelect(settings) {
  const cities = t('zoneCities');
  const russian = Object.keys(cities);
  const others = (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [])
    .filter((id) => !russian.includes(id));
  const chosen = settings.ownTimeZone ? settings.timeZone : '';
  const option = (value, text) => el('option', { value, selected: value === chosen }, text);
  const status = el('span', { class: 'sd-zone-status', role: 'status' });
  const select = el('select', { class: 'sd-zone-choice', 'aria-label': t('zoneChoice'), title: t('zoneChoice') },
    option('', t('zoneDesk', { zone: settings.deskTimeZone })),
    el('optgroup', { label: t('zoneRussia') }, russian.map((id) => option(id, cities[id] + ' (' + id + ')'))),
    others.length ? el('optgroup', { label: t('zoneOther') }, others.map((id) => option(id, id))) : null);
  select.addEventListener('change', async () => {
    select.disabled = true;
    const answer = await putJson('/settings', { timeZone: select.value });
    if (answer.ok) {
      window.location.reload();
    } else {
      select.disabled = false;
      status.textContent = t('zoneSaveFailed');
    }
  });
  return el('span', { class: 'sd-zone' }, ' ', select, ' ', status);
}

async function offerTheChoice() {
  const note = document.getElementById('footer-timezone');
  if (!note || !note.hasAttribute('data-zone') || note.querySelector('.sd-zone')) {
    return;
  }
  const answer = await get('/settings');
  if (answer.ok && answer.json && !note.querySelector('.sd-zone')) {
    note.appendChild(zoneSelect(answer.json));
  }
}

document.addEventListener('supportdesk:staff-zone', offerTheChoice);
offerTheChoice();
