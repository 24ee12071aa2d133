package org.supportdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The benchmark's own steps at a size that takes seconds: pgbench, two starts on H2, the packaged
 * jar on a fresh PostgreSQL database, intake, a backlog, the queue query, SLA timers in seconds
 * and memory. The full run is {@code bench/run} (README, Performance); this keeps it from rotting.
 */
class BenchmarkSmokeIT {

    @Test
    void everyStepOfTheBenchmarkRunsAndMeasures() throws Exception {
        Path work = Path.of("target", "bench-smoke");
        BenchSettings settings = BenchSettings.smoke(Benchmark.packagedJar(Path.of("target")), work.resolve("results"),
                work, List.of("-Xmx512m"), List.of());

        BenchReport report = new Benchmark(settings).run();

        Map<String, Double> figures = report.figures();
        assertThat(figures.get("pgbench.tps")).isPositive();
        assertThat(figures.get("p4.firstStartSeconds")).isPositive();
        assertThat(figures.get("p4.restartSeconds")).isPositive();
        assertThat(figures.get("p1.perSecond")).isPositive();
        assertThat(figures.get("p1.p99Millis")).isPositive();
        assertThat(figures.get("p3.openTasks")).isGreaterThanOrEqualTo(settings.openAppeals());
        assertThat(figures.get("p3.p95Millis")).isPositive();
        assertThat(figures.get("p2.fired")).as("every deadline in seconds fired").isEqualTo(settings.dueDeadlines());
        assertThat(figures.get("p2.p99Millis")).isGreaterThanOrEqualTo(0.0);
        assertThat(figures.get("p4.peakRssMegabytes")).isBetween(100.0, 2000.0);
        try (Stream<Path> written = Files.list(settings.resultsDirectory())) {
            assertThat(written.filter(f -> f.getFileName().toString().endsWith("-smoke.md"))
                    .map(this::read)).anyMatch(table -> table.contains("| P3 \"Support queue by deadline\""));
        }
    }

    private String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
