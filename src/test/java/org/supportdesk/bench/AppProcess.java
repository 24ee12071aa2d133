package org.supportdesk.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** The support desk as its own JVM, started from the packaged jar the way production starts it. */
final class AppProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final long startedNanos;
    private final AtomicLong peakRssKb = new AtomicLong();
    private volatile boolean sampling;
    private Thread sampler;

    private AppProcess(Process process, int port, long startedNanos) {
        this.process = process;
        this.port = port;
        this.startedNanos = startedNanos;
    }

    static AppProcess start(Path jar, Path workDirectory, Path log, List<String> jvmOptions,
                            Map<String, String> environment, List<String> appArguments) throws IOException {
        Files.createDirectories(workDirectory);
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(appArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        long started = System.nanoTime();
        return new AppProcess(builder.start(), port, started);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits for health UP; returns the time from the process start. */
    Duration awaitHealthy(HttpClient http) throws InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long limit = startedNanos + START_LIMIT.toNanos();
        while (System.nanoTime() < limit) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped with exit code " + process.exitValue());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException notYetListening) {
                // the port opens late in the start
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the application was not healthy within " + START_LIMIT);
    }

    /** Samples resident memory twice a second until {@link #stopSampling()}. */
    void startSampling() {
        sampling = true;
        sampler = new Thread(() -> {
            while (sampling) {
                peakRssKb.accumulateAndGet(residentKb("VmRSS"), Math::max);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The highest resident set seen while sampling, in MB. */
    long stopSampling() throws InterruptedException {
        sampling = false;
        if (sampler != null) {
            sampler.join();
        }
        return peakRssKb.get() / 1024;
    }

    private long residentKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended between two samples
        }
        return 0;
    }

    @Override
    public void close() throws InterruptedException {
        sampling = false;
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
