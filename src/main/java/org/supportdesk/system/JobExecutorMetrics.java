package org.supportdesk.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * What the job executor has not done yet, read through the engine's public job query:
 * {@code supportdesk.jobs.due} (jobs due now, waiting or running), {@code supportdesk.jobs.timer.lateness}
 * (seconds since the oldest due timer, SLA timers among them, fell due: zero when the executor keeps up)
 * and {@code supportdesk.jobs.failed} (jobs out of retries, each an incident in Cockpit).
 * The executor's thread pool itself is measured by Spring Boot ({@code executor.*}, name {@code camundaTaskExecutor}).
 */
@Component
class JobExecutorMetrics implements MeterBinder {

    private static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final ManagementService management;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(0, 0, 0);
    private volatile Instant takenAt = Instant.EPOCH;

    private record Snapshot(long due, double timerLatenessSeconds, long failed) {
    }

    JobExecutorMetrics(ManagementService management, Clock clock) {
        this.management = management;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("supportdesk.jobs.due", () -> snapshot().due())
                .description("Jobs due now, waiting for the job executor or running")
                .register(registry);
        Gauge.builder("supportdesk.jobs.timer.lateness", () -> snapshot().timerLatenessSeconds())
                .description("How long the oldest due timer has waited for the job executor")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("supportdesk.jobs.failed", () -> snapshot().failed())
                .description("Jobs with no retries left (incidents)")
                .register(registry);
    }

    /** Three small queries per scrape at most every ten seconds; the due-date index serves the oldest timer. */
    private Snapshot snapshot() {
        Instant now = clock.instant();
        if (Duration.between(takenAt, now).compareTo(MAX_AGE) > 0) {
            long due = management.createJobQuery().executable().active().count();
            List<Job> oldest = management.createJobQuery().timers().executable().active()
                    .orderByJobDuedate().asc().listPage(0, 1);
            double lateness = oldest.isEmpty() || oldest.get(0).getDuedate() == null ? 0
                    : Math.max(0, Duration.between(oldest.get(0).getDuedate().toInstant(), now).toMillis() / 1000.0);
            long failed = management.createJobQuery().noRetriesLeft().count();
            snapshot = new Snapshot(due, lateness, failed);
            takenAt = now;
        }
        return snapshot;
    }
}
