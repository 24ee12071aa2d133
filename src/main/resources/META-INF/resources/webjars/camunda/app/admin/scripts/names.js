// Groups in Admin under their names in the staff member's language: the same reading of the engine's
// answers as in Tasklist and Cockpit (see the workspace's engine-names.js, one list of names for all
// three). A group saved from a Russian page keeps its English name.
import '../../tasklist/scripts/workspace/engine-names.js';

export default [];
