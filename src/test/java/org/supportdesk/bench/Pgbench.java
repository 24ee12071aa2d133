package org.supportdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine's reference: pgbench's select-and-insert workload (-N) on the same server. */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private Pgbench() {
    }

    static double tps(BenchDatabase server, int scale, int clients, Duration duration)
            throws IOException, InterruptedException {
        server.recreate(BenchSettings.PGBENCH_DATABASE);
        run(List.of("pgbench", "-i", "-q", "-s", String.valueOf(scale), "-h", server.host(), "-p",
                String.valueOf(server.port()), "-U", server.user(), BenchSettings.PGBENCH_DATABASE));
        String report = run(List.of("pgbench", "-N", "-c", String.valueOf(clients), "-j", "2", "-T",
                String.valueOf(duration.toSeconds()), "-h", server.host(), "-p", String.valueOf(server.port()),
                "-U", server.user(), BenchSettings.PGBENCH_DATABASE));
        Matcher tps = TPS.matcher(report);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + report);
        }
        server.drop(BenchSettings.PGBENCH_DATABASE);
        return Double.parseDouble(tps.group(1));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
