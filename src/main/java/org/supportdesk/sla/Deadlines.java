package org.supportdesk.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * The contract's formulas: first answer = received + first-answer window; resolution = received +
 * resolution window + time spent waiting for the customer (after a reopening: from the reopen
 * time). Always from the clock's start, so a
 * priority change never stretches a promise. Warnings fall at the decision's share of each
 * window; the third escalation level when the resolution is late by half its window again.
 */
public record Deadlines(Instant firstResponseDueAt, Instant resolutionDueAt, Instant firstResponseWarningAt,
                        Instant resolutionWarningAt, Instant resolutionOverdueAt) {

    public static Deadlines of(Instant receivedAt, SlaTimes times, Duration paused) {
        return of(receivedAt, receivedAt, times, paused);
    }

    /** After a reopening the resolution clock starts at the reopen time; the first answer is long given. */
    public static Deadlines of(Instant receivedAt, Instant resolutionClockStart, SlaTimes times, Duration paused) {
        Duration resolution = times.resolution();
        Instant resolutionDue = resolutionClockStart.plus(resolution).plus(paused);
        return new Deadlines(
                receivedAt.plus(times.firstResponse()),
                resolutionDue,
                receivedAt.plus(share(times.firstResponse(), times.warningShare())),
                resolutionClockStart.plus(share(resolution, times.warningShare())).plus(paused),
                resolutionDue.plus(resolution.dividedBy(2)));
    }

    private static Duration share(Duration window, double share) {
        return Duration.ofMillis(Math.round(window.toMillis() * share));
    }
}
