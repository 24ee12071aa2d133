package org.supportdesk.appeal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Anonymous intake per client address: a token bucket per address (Bucket4j) that refills its
 * allowance every minute, kept in a bounded cache. When the cache is full the least recently seen
 * addresses are forgotten one by one, so spraying new addresses never resets the limit of those
 * that are writing now.
 */
@Component
class IntakeRateLimiter {

    static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final int perMinute;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    IntakeRateLimiter(@Value("${supportdesk.intake-rate-limit.requests-per-minute}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.time = new ClockTime(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_TRACKED_ADDRESSES)
                // an address idle for longer than a refill has its whole allowance back anyway
                .expireAfterAccess(Duration.ofMinutes(2))
                .executor(Runnable::run)
                .build();
    }

    boolean allow(String address) {
        return buckets.get(address, a -> newBucket()).tryConsume(1);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time)
                .build();
    }

    /** Bucket4j's time from the application's clock, so tests move time instead of waiting. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return TimeUnit.MILLISECONDS.toNanos(clock.millis());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
