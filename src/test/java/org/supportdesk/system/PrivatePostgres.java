package org.supportdesk.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own: initdb into a temporary directory, another port, trust
 * authentication on 127.0.0.1 only, started and stopped with pg_ctl. Never the shared server on
 * 5432, which other tests and people use. initdb refuses to run as root, so as root every command
 * runs as the {@code postgres} system user (runuser).
 */
final class PrivatePostgres implements AutoCloseable {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private final Path bin;
    private final Path directory;
    private final Path data;
    private final int port;

    private PrivatePostgres(Path bin, Path directory, int port) {
        this.bin = bin;
        this.directory = directory;
        this.data = directory.resolve("data");
        this.port = port;
    }

    /** A new cluster with an empty database {@code database}, already running. */
    static PrivatePostgres create(String database) throws IOException, InterruptedException {
        Path bin = binaries();
        Path directory = Files.createTempDirectory("supportdesk-pg-");
        PrivatePostgres postgres = new PrivatePostgres(bin, directory, freePort());
        if (asRoot()) {
            run(List.of("chown", "postgres", directory.toString()));
        }
        postgres.pg(List.of(bin.resolve("initdb").toString(), "-D", postgres.data.toString(), "-U", "postgres",
                "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"));
        postgres.start();
        postgres.pg(List.of(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", Integer.toString(postgres.port),
                "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-c",
                "CREATE DATABASE " + database));
        return postgres;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    int port() {
        return port;
    }

    void start() throws IOException, InterruptedException {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", directory.resolve("server.log").toString(),
                "-w", "-t", "30", "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1"
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60",
                "start"));
    }

    /** Fast shutdown: open sessions are ended at once, as when the server is stopped for maintenance. */
    void stop() throws IOException, InterruptedException {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "30", "stop"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The newest Debian PostgreSQL installation (the CI installs one; see .ci/run). */
    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("PostgreSQL server binaries not found under " + root
                    + " (Debian package postgresql); the outage test runs a server of its own");
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(PrivatePostgres::majorVersion))
                    .map(v -> v.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("no initdb under " + root));
        }
    }

    private static int majorVersion(Path versionDirectory) {
        try {
            return Integer.parseInt(versionDirectory.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void pg(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
                    + new String(output));
        }
    }
}
