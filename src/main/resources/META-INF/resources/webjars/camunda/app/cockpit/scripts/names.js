// Processes, tasks and groups in Cockpit under their names in the staff member's language: the same
// reading of the engine's answers as in Tasklist (see the workspace's engine-names.js).
import '../../tasklist/scripts/workspace/engine-names.js';

export default [];
