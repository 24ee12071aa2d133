// The staff member's own time zone, chosen in the footer as in Tasklist (the same list and the same
// settings, see Tasklist's scripts/workspace/zone-choice.js): for staff who do not use Tasklist too.
import '../../tasklist/scripts/workspace/zone-choice.js';

export default [];
