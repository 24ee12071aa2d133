package org.supportdesk.appeal;

import java.util.List;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Level;

/**
 * A new appeal as any channel hands it over. {@code registeredBy} is the staff user who entered
 * it (a phone call), null for customers themselves. {@code channelAddress} is where the channel
 * delivers replies (chat, peer, PSID or mail address); null where there is none.
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
        String registeredBy,
        String channelAddress) {

    public IntakeCommand {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An appeal entered through the API or a form: replies go to its contact e-mail, if any. */
    public IntakeCommand(Channel channel, String login, String project, String contactEmail, String contactName,
                         String subject, String description, Level urgency, Level impact, Category category,
                         List<Upload> attachments, String registeredBy) {
        this(channel, login, project, contactEmail, contactName, subject, description, urgency, impact, category,
                attachments, registeredBy, null);
    }

    /** A file as received, not yet checked. */
    public record Upload(String fileName, byte[] content) {
    }
}
