// Countdowns keep counting while the page is open: every element marked with data-sd-due shows the
// time left to that moment, refreshed every half minute without asking the server.
import { timeLeft } from './format.js';

export function countdown(element, iso) {
  element.dataset.sdDue = iso;
  element.textContent = timeLeft(iso);
  return element;
}

function tick() {
  document.querySelectorAll('[data-sd-due]').forEach((element) => {
    element.textContent = timeLeft(element.dataset.sdDue);
  });
}

setInterval(tick, 30000);
