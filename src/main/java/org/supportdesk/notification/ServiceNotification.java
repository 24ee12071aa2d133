package org.supportdesk.notification;

import java.time.Instant;
import java.util.List;

/** One proactive notification: the event and where it stands. */
public record ServiceNotification(long id, String number, NotificationType type, String service, String region,
                                  List<String> projects, String title, String details, String recommendations,
                                  Status status, String reportedBy, String approvedBy, Instant createdAt,
                                  Instant sentAt, Instant resolvedAt) {

    public enum Status {
        /** written, not yet sent (waiting for the second duty engineer when needed) */
        DRAFT,
        SENT,
        RESOLVED
    }
}
