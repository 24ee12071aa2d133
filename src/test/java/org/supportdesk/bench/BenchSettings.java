package org.supportdesk.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one benchmark run does. {@link #full} is the measurement; {@link #smoke} the same
 * steps at a size that takes seconds, run by the test suite so the benchmark cannot rot.
 */
record BenchSettings(
        String name,
        Path jar,
        Path resultsDirectory,
        Path workDirectory,
        Duration pgbench,
        int pgbenchScale,
        int intakeClients,
        Duration warmUp,
        Duration intake,
        int openAppeals,
        int dueDeadlines,
        Duration deadlineWindow,
        Duration firstAnswerIn,
        int queueClients,
        Duration queue,
        List<String> jvmOptions,
        List<String> appArguments) {

    static final String DATABASE = "supportdesk_bench";
    static final String PGBENCH_DATABASE = "supportdesk_pgbench";

    static BenchSettings full(Path jar, Path results, Path work, List<String> jvmOptions, List<String> appArguments) {
        return new BenchSettings("full", jar, results, work, Duration.ofSeconds(20), 16, 16, Duration.ofSeconds(120),
                Duration.ofSeconds(60), 100_000, 1_000, Duration.ofSeconds(60), Duration.ofSeconds(30), 4, Duration.ofSeconds(30),
                jvmOptions, appArguments);
    }

    /** A smaller or larger backlog; the measure is 100,000. */
    BenchSettings withOpenAppeals(int backlog) {
        return new BenchSettings(name, jar, resultsDirectory, workDirectory, pgbench, pgbenchScale, intakeClients,
                warmUp, intake, backlog, dueDeadlines, deadlineWindow, firstAnswerIn, queueClients, queue, jvmOptions, appArguments);
    }

    static BenchSettings smoke(Path jar, Path results, Path work, List<String> jvmOptions, List<String> appArguments) {
        return new BenchSettings("smoke", jar, results, work, Duration.ofSeconds(2), 1, 4, Duration.ofSeconds(1),
                Duration.ofSeconds(3), 150, 20, Duration.ofSeconds(2), Duration.ofSeconds(4), 2, Duration.ofSeconds(2),
                jvmOptions, appArguments);
    }
}
