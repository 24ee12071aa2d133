package org.supportdesk.appeal;

import java.time.Instant;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Level;
import org.supportdesk.vocabulary.Priority;
import org.supportdesk.vocabulary.Language;

/**
 * One row of our appeal table: what the customer asked and where it stands. {@code channelAddress}
 * is where the channel delivers our replies (Telegram chat, VK peer, Facebook PSID, mail address).
 */
public record Appeal(
        long id,
        String number,
        Channel channel,
        AppealStatus status,
        String login,
        String project,
        String contactEmail,
        String contactName,
        String subject,
        String description,
        Language language,
        Level urgency,
        Level impact,
        Priority priority,
        Category category,
        boolean managedServices,
        String rejectionCode,
        String rejectionReason,
        Instant receivedAt,
        Instant firstResponseDueAt,
        Instant resolutionDueAt,
        Instant firstAnsweredAt,
        Instant resolvedAt,
        Instant closedAt,
        Instant waitingSince,
        long pausedSeconds,
        int escalationLevel,
        String accessTokenHash,
        String registeredBy,
        Instant firstResponseWarningAt,
        Instant resolutionWarningAt,
        Instant resolutionOverdueAt,
        Instant reopenedAt,
        String channelAddress) {

    /** The resolution clock runs from the received time, or from the last reopening. */
    public Instant resolutionClockStart() {
        return reopenedAt == null ? receivedAt : reopenedAt;
    }

    /** Subject and description together: what the text rules read. */
    public String text() {
        return subject == null ? description : subject + "\n" + description;
    }
}
