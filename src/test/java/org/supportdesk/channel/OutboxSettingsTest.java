package org.supportdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OutboxSettingsTest {

    private final OutboxSettings settings = new OutboxSettings(6, Duration.ofSeconds(30), Duration.ofMinutes(5),
            Duration.ofMinutes(2), 50);

    @Test
    void theWaitDoublesAfterEachAttemptUpToTheLimit() {
        assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retryAfter(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.retryAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.retryAfter(60)).isEqualTo(Duration.ofMinutes(5));
    }
}
