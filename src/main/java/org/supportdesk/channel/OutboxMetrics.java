package org.supportdesk.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;
import org.supportdesk.vocabulary.Channel;

/**
 * The outbox as a dashboard shows it: {@code supportdesk.outbox.messages} (status, channel) for the
 * messages waiting, being sent or failed, and the delivery counters of {@link OutboxDispatcher}
 * registered at zero for every channel, so their rates exist before the first delivery.
 */
@Component
class OutboxMetrics implements MeterBinder {

    static final String[] COUNTERS = {"supportdesk.outbox.delivered", "supportdesk.outbox.retried",
            "supportdesk.outbox.failed"};
    private static final OutboxEntry.Status[] UNSENT = {OutboxEntry.Status.PENDING, OutboxEntry.Status.SENDING,
            OutboxEntry.Status.FAILED};
    private static final Duration COUNTS_MAX_AGE = Duration.ofSeconds(10);

    private final OutboxRepository outbox;
    private final Clock clock;
    private volatile Map<String, Long> counts = Map.of();
    private volatile Instant countedAt = Instant.EPOCH;

    OutboxMetrics(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Channel channel : Channel.values()) {
            for (OutboxEntry.Status status : UNSENT) {
                String key = status + "/" + channel;
                Gauge.builder("supportdesk.outbox.messages", () -> count(key))
                        .description("Messages to customers not sent yet, or failed")
                        .tag("status", status.name())
                        .tag("channel", channel.name())
                        .register(registry);
            }
            for (String name : COUNTERS) {
                Counter.builder(name).tag("channel", channel.name()).register(registry);
            }
        }
    }

    /** One query serves all gauges of a scrape; counts are at most ten seconds old. */
    private double count(String key) {
        Instant now = clock.instant();
        if (Duration.between(countedAt, now).compareTo(COUNTS_MAX_AGE) > 0) {
            counts = outbox.unsentCounts();
            countedAt = now;
        }
        return counts.getOrDefault(key, 0L);
    }
}
