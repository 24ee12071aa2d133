package org.supportdesk.appeal;

import jakarta.validation.constraints.NotNull;

import org.supportdesk.vocabulary.Category;

/** Body of {@code POST /api/appeals/{number}/reopen-in-scope}: the in-scope category the agent chose. */
record CorrectionRequest(@NotNull Category category) {
}
