package org.supportdesk.channel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Delivery of the outbox: attempts, the wait before the first retry (doubling after each), and
 * how long a sender may hold a message before another dispatcher takes it over.
 */
@ConfigurationProperties("supportdesk.outbox")
public record OutboxSettings(int maxAttempts, Duration firstRetryAfter, Duration maxRetryAfter, Duration lease,
                             int batchSize) {

    Duration retryAfter(int attemptsSoFar) {
        long factor = 1L << Math.min(Math.max(attemptsSoFar - 1, 0), 20);
        Duration wait = firstRetryAfter.multipliedBy(factor);
        return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
    }
}
