package org.supportdesk.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/appeals/{number}/messages}; visibility applies to staff only. */
record MessageRequest(@NotBlank @Size(max = 20000) String body, Visibility visibility) {
}
