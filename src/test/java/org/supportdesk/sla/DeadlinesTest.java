package org.supportdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void deadlinesCountFromTheReceivedTime() {
        Deadlines due = Deadlines.of(RECEIVED, new SlaTimes(Duration.ofMinutes(15), Duration.ofHours(4), 0.8),
                Duration.ZERO);

        assertThat(due.firstResponseDueAt()).isEqualTo(Instant.parse("2026-11-24T10:15:00Z"));
        assertThat(due.resolutionDueAt()).isEqualTo(Instant.parse("2026-11-24T14:00:00Z"));
    }

    @Test
    void waitingForTheCustomerMovesOnlyTheResolutionDeadline() {
        Deadlines due = Deadlines.of(RECEIVED, new SlaTimes(Duration.ofHours(1), Duration.ofHours(8), 0.8),
                Duration.ofMinutes(90));

        assertThat(due.firstResponseDueAt()).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));
        assertThat(due.resolutionDueAt()).isEqualTo(Instant.parse("2026-11-24T19:30:00Z"));
    }
}
