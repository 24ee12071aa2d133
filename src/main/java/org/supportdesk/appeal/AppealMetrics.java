package org.supportdesk.appeal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;
import org.supportdesk.vocabulary.Priority;

/**
 * Micrometer meters of the support desk (under {@code /actuator/metrics}):
 * {@code supportdesk.appeals.open} by status and priority, {@code supportdesk.appeals.first.answer}
 * and {@code supportdesk.appeals.resolution} (time from receipt).
 */
@Component
public class AppealMetrics implements MeterBinder {

    private static final Duration COUNTS_MAX_AGE = Duration.ofSeconds(10);
    private static final AppealStatus[] OPEN = {AppealStatus.OPEN, AppealStatus.IN_PROGRESS,
            AppealStatus.WAITING_FOR_CUSTOMER};

    private final AppealRepository appeals;
    private final Clock clock;
    private MeterRegistry registry;
    private volatile Map<String, Long> counts = Map.of();
    private volatile Instant countedAt = Instant.EPOCH;

    AppealMetrics(AppealRepository appeals, Clock clock) {
        this.appeals = appeals;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        for (AppealStatus status : OPEN) {
            for (Priority priority : Priority.values()) {
                String key = status + "/" + priority;
                Gauge.builder("supportdesk.appeals.open", () -> openCount(key))
                        .description("Open appeals")
                        .tag("status", status.name())
                        .tag("priority", priority.name())
                        .register(registry);
            }
        }
    }

    public void firstAnswered(Appeal appeal, Instant at) {
        record("supportdesk.appeals.first.answer", "Time from receipt to the first answer", appeal, at);
    }

    public void resolved(Appeal appeal, Instant at) {
        record("supportdesk.appeals.resolution", "Time from receipt to resolution", appeal, at);
    }

    private void record(String name, String description, Appeal appeal, Instant at) {
        if (registry == null) {
            return;
        }
        Timer.builder(name).description(description)
                .tag("channel", appeal.channel().name())
                .tag("priority", appeal.priority().name())
                .register(registry)
                .record(Duration.between(appeal.receivedAt(), at));
    }

    /** One query serves all gauges of a scrape; counts are at most ten seconds old. */
    private double openCount(String key) {
        Instant now = clock.instant();
        if (Duration.between(countedAt, now).compareTo(COUNTS_MAX_AGE) > 0) {
            counts = appeals.openCountsByStatusAndPriority();
            countedAt = now;
        }
        return counts.getOrDefault(key, 0L);
    }
}
