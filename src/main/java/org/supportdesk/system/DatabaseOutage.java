package org.supportdesk.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * One warning when the database goes away and one line when it is back, however many requests,
 * outbox polls and mailbox polls fail in between (each of them would otherwise log a stack trace,
 * the outbox every second). Whoever notices first reports it; the pollers, which keep trying on
 * their own, report the recovery.
 */
@Component
public class DatabaseOutage {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    private final Clock clock;
    private final AtomicReference<Instant> since = new AtomicReference<>();

    public DatabaseOutage(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reports a failure of {@code component}; true when it was the database being down or busy (the
     * caller answers 503 or tries again on its next round), false for any other failure.
     */
    public boolean failed(String component, Throwable error) {
        if (!DatabaseFailure.transientFailure(error)) {
            return false;
        }
        Instant now = clock.instant();
        if (since.compareAndSet(null, now)) {
            log.warn("Database unavailable (noticed by {}): requests are answered 503, the outbox and the mailbox"
                    + " reader pause and retry on their own: {}", component, rootMessage(error));
        } else {
            log.debug("Database still unavailable ({}): {}", component, rootMessage(error));
        }
        return true;
    }

    /** Reports that {@code component} used the database successfully. */
    public void succeeded(String component) {
        Instant started = since.get();
        if (started != null && since.compareAndSet(started, null)) {
            log.info("Database available again (noticed by {}) after {} s", component,
                    Duration.between(started, clock.instant()).toMillis() / 1000.0);
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(error);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
