// The support desk's workspace in Camunda Tasklist (registered in ../config.js as a custom script):
// the "Appeal" tab of a task, the queue's cards, the queues sorted by deadline, and the number of
// whatever an agent just started; Camunda Forms and the engine's names (processes, tasks, filters,
// groups) in the reader's language. Texts follow the browser's language (Russian or English).
import './engine-names.js';
import './forms.js';
import './sorting.js';
import './staff-notices.js';
import './started.js';
import './zone-choice.js';
import { cardPlugin } from './card.js';
import { detailPlugin } from './detail.js';

const styles = document.createElement('link');
styles.rel = 'stylesheet';
styles.href = new URL('./workspace.css', import.meta.url).href;
document.head.appendChild(styles);

export default [detailPlugin, cardPlugin];
