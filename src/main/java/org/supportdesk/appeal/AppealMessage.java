package org.supportdesk.appeal;

import java.time.Instant;

/** One entry of an appeal's conversation. {@code author} is null for automatic messages. */
public record AppealMessage(
        long id,
        long appealId,
        Direction direction,
        MessageKind kind,
        String author,
        Visibility visibility,
        String body,
        Instant createdAt) {

    public enum Direction {
        INBOUND, OUTBOUND
    }
}
