package org.supportdesk.appeal;

import java.util.List;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Level;

/**
 * A new appeal as any channel hands it over. {@code registeredBy} is the staff user who entered
 * it (a phone call), null for customers themselves.
 */
public record IntakeCommand(
        Channel channel,
        String login,
        String project,
        String contactEmail,
        String contactName,
        String subject,
        String description,
        Level urgency,
        Level impact,
        Category category,
        List<Upload> attachments,
        String registeredBy) {

    public IntakeCommand {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A file as received, not yet checked. */
    public record Upload(String fileName, byte[] content) {
    }
}
