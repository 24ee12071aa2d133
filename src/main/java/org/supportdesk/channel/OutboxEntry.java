package org.supportdesk.channel;

import java.time.Instant;

import org.supportdesk.outbox.DraftKind;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;

/**
 * One row of the outbox, as staff see it in the delivery list. {@code reference} is the number of
 * what it belongs to (an appeal, a cost request or a notification: {@code kind} tells which);
 * {@code appealMessageId} the message of the appeal it delivers, whose files go with it.
 */
public record OutboxEntry(
        long id,
        Long appealId,
        Long appealMessageId,
        String reference,
        Channel channel,
        String recipient,
        DraftKind kind,
        String subject,
        String body,
        Language language,
        Status status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        String deliveryKey,
        String platformMessageId,
        Instant createdAt,
        Instant sentAt,
        String replyTo,
        String documentName) {

    public enum Status {
        /** waiting for its (next) attempt */
        PENDING,
        /** a sender holds it right now */
        SENDING,
        SENT,
        /** gave up: permanent error or attempts used up; staff may retry it */
        FAILED
    }
}
