package org.supportdesk.appeal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Level;

/** Body of {@code POST /api/appeals}, as JSON or as multipart form fields. */
record AppealRequest(
        @NotNull Channel channel,
        @Size(max = 100) String login,
        @Size(max = 200) String project,
        @Email @Size(max = 320) String email,
        @Size(max = 200) String contactName,
        @Size(max = 300) String subject,
        @NotBlank @Size(max = 20000) String description,
        Level urgency,
        Level impact,
        Category category) {
}
