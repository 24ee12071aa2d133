package org.supportdesk.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * The contract's formulas: first answer = received + first-answer window; resolution = received +
 * resolution window + time spent waiting for the customer. Always from the received time, so a
 * priority change never stretches a promise.
 */
public record Deadlines(Instant firstResponseDueAt, Instant resolutionDueAt) {

    public static Deadlines of(Instant receivedAt, SlaTimes times, Duration paused) {
        return new Deadlines(receivedAt.plus(times.firstResponse()),
                receivedAt.plus(times.resolution()).plus(paused));
    }
}
