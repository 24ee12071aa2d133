package org.supportdesk.appeal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Priority;

/**
 * Micrometer meters of the support desk (under {@code /actuator/metrics} and {@code /actuator/prometheus}):
 * <ul>
 * <li>{@code supportdesk.appeals.open} (status, channel, priority): open appeals;</li>
 * <li>{@code supportdesk.appeals.overdue} (deadline, channel, priority): open appeals past their
 * first-answer or resolution deadline;</li>
 * <li>{@code supportdesk.appeals.escalated} (level): open appeals at each escalation level;</li>
 * <li>{@code supportdesk.appeals.received} (channel, priority): appeals registered, the intake rate;</li>
 * <li>{@code supportdesk.appeals.first.answer} and {@code supportdesk.appeals.resolution} (channel,
 * priority, sla = met or missed): time from receipt.</li>
 * </ul>
 * Every series that a dashboard shows exists from the start (at zero), so rates and sums work
 * before the first event.
 */
@Component
public class AppealMetrics implements MeterBinder {

    private static final Duration COUNTS_MAX_AGE = Duration.ofSeconds(10);
    private static final AppealStatus[] OPEN = {AppealStatus.OPEN, AppealStatus.IN_PROGRESS,
            AppealStatus.WAITING_FOR_CUSTOMER};
    private static final int[] ESCALATION_LEVELS = {1, 2, 3};
    private static final Map<String, ToLongFunction<AppealRepository.OpenCount>> OVERDUE = Map.of(
            "first_answer", AppealRepository.OpenCount::firstAnswerOverdue,
            "resolution", AppealRepository.OpenCount::resolutionOverdue);

    private final AppealRepository appeals;
    private final Clock clock;
    private MeterRegistry registry;
    private volatile List<AppealRepository.OpenCount> counts = List.of();
    private volatile Instant countedAt = Instant.EPOCH;

    AppealMetrics(AppealRepository appeals, Clock clock) {
        this.appeals = appeals;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        for (Channel channel : Channel.values()) {
            for (Priority priority : Priority.values()) {
                for (AppealStatus status : OPEN) {
                    Gauge.builder("supportdesk.appeals.open", () -> sum(c -> status.name().equals(c.status())
                                    && matches(c, channel, priority) ? c.count() : 0))
                            .description("Open appeals")
                            .tag("status", status.name())
                            .tag("channel", channel.name())
                            .tag("priority", priority.name())
                            .register(registry);
                }
                OVERDUE.forEach((deadline, overdue) -> Gauge.builder("supportdesk.appeals.overdue",
                                () -> sum(c -> matches(c, channel, priority) ? overdue.applyAsLong(c) : 0))
                        .description("Open appeals past a deadline")
                        .tag("deadline", deadline)
                        .tag("channel", channel.name())
                        .tag("priority", priority.name())
                        .register(registry));
                received(channel, priority);
            }
        }
        for (int level : ESCALATION_LEVELS) {
            Gauge.builder("supportdesk.appeals.escalated", () -> sum(c -> c.escalationLevel() == level ? c.count() : 0))
                    .description("Open appeals at an escalation level")
                    .tag("level", String.valueOf(level))
                    .register(registry);
        }
    }

    /** Counted once the registration commits, so a refused appeal is not counted. */
    void received(Appeal appeal) {
        if (registry == null) {
            return;
        }
        Counter counter = received(appeal.channel(), appeal.priority());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        }
        else {
            counter.increment();
        }
    }

    public void firstAnswered(Appeal appeal, Instant at) {
        record("supportdesk.appeals.first.answer", "Time from receipt to the first answer", appeal, at,
                appeal.firstResponseDueAt());
    }

    public void resolved(Appeal appeal, Instant at) {
        record("supportdesk.appeals.resolution", "Time from receipt to resolution", appeal, at,
                appeal.resolutionDueAt());
    }

    private Counter received(Channel channel, Priority priority) {
        return Counter.builder("supportdesk.appeals.received")
                .description("Appeals registered")
                .tag("channel", channel.name())
                .tag("priority", priority.name())
                .register(registry);
    }

    private void record(String name, String description, Appeal appeal, Instant at, Instant due) {
        if (registry == null) {
            return;
        }
        Timer.builder(name).description(description)
                .tag("channel", appeal.channel().name())
                .tag("priority", appeal.priority().name())
                .tag("sla", due == null || !at.isAfter(due) ? "met" : "missed")
                .register(registry)
                .record(Duration.between(appeal.receivedAt(), at));
    }

    private static boolean matches(AppealRepository.OpenCount count, Channel channel, Priority priority) {
        return channel.name().equals(count.channel()) && priority.name().equals(count.priority());
    }

    /** One query serves all gauges of a scrape; counts are at most ten seconds old. */
    private double sum(ToLongFunction<AppealRepository.OpenCount> part) {
        Instant now = clock.instant();
        if (Duration.between(countedAt, now).compareTo(COUNTS_MAX_AGE) > 0) {
            counts = appeals.openCounts(now);
            countedAt = now;
        }
        return counts.stream().mapToLong(part).sum();
    }
}
