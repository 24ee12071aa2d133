package org.supportdesk.appeal;

import java.util.List;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Level;

/** A new appeal as any channel hands it over: where it came from, who wrote, what they say and send. */
public record IntakeCommand(Origin origin, Contact contact, String subject, String description, Assessment assessment,
                            List<Upload> attachments) {

    public IntakeCommand {
        assessment = assessment == null ? Assessment.NONE : assessment;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /**
     * The channel; {@code address}, where it delivers replies (chat, peer, PSID or mail address), null
     * where there is none (replies go to the contact e-mail); {@code registeredBy}, the staff user who
     * entered it (a phone call), null for customers themselves.
     */
    public record Origin(Channel channel, String address, String registeredBy) {
    }

    /** The customer as they name themselves: login and project (matched in the directory), e-mail and name. */
    public record Contact(String login, String project, String email, String name) {

        Contact trimmed() {
            return new Contact(trim(login), trim(project), trim(email), trim(name));
        }
    }

    /** What the customer says of urgency, impact and category; each null when not given (triage decides). */
    public record Assessment(Level urgency, Level impact, Category category) {

        public static final Assessment NONE = new Assessment(null, null, null);
    }

    /** A file as received, not yet checked. */
    public record Upload(String fileName, byte[] content) {
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
