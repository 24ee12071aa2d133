package org.supportdesk.appeal;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Anonymous intake per client address: a fixed one-minute window, kept in memory. */
@Component
class IntakeRateLimiter {

    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long window;

    IntakeRateLimiter(@Value("${supportdesk.intake-rate-limit.requests-per-minute}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    boolean allow(String address) {
        long now = clock.millis() / 60_000;
        if (now != window || counts.size() > MAX_TRACKED_ADDRESSES) {
            counts.clear();
            window = now;
        }
        return counts.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet() <= perMinute;
    }
}
