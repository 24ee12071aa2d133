package org.supportdesk.appeal;

import org.supportdesk.vocabulary.Level;

/** Body of {@code PUT /api/appeals/{number}/priority}; a missing value counts as medium. */
record PriorityRequest(Level urgency, Level impact) {
}
