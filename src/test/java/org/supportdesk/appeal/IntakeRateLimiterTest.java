package org.supportdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class IntakeRateLimiterTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-24T10:00:05Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void eachAddressGetsItsOwnAllowancePerMinute() {
        IntakeRateLimiter limiter = new IntakeRateLimiter(3, clock);

        assertThat(limiter.allow("10.0.0.1")).isTrue();
        assertThat(limiter.allow("10.0.0.1")).isTrue();
        assertThat(limiter.allow("10.0.0.1")).isTrue();
        assertThat(limiter.allow("10.0.0.1")).as("fourth in the same minute").isFalse();
        assertThat(limiter.allow("10.0.0.2")).as("another address").isTrue();

        now.set(now.get().plus(Duration.ofMinutes(1)));
        assertThat(limiter.allow("10.0.0.1")).as("next minute").isTrue();
    }

    @Test
    void sprayingNewAddressesDoesNotResetTheLimitOfAnActiveOne() {
        IntakeRateLimiter limiter = new IntakeRateLimiter(3, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.allow("10.0.0.1")).isTrue();
        }
        for (int i = 0; i < IntakeRateLimiter.MAX_TRACKED_ADDRESSES + 50_000; i++) {
            limiter.allow("spray-" + i);
            if (i % 10_000 == 0) {
                assertThat(limiter.allow("10.0.0.1")).as("after %d sprayed addresses", i).isFalse();
            }
        }
        assertThat(limiter.allow("10.0.0.1")).isFalse();
    }
}
