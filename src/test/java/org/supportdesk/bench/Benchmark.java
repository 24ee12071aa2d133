package org.supportdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The performance benchmark of issue 7: the machine's reference (pgbench -N), intake throughput
 * (P1), SLA timer lateness with a large backlog (P2), the support queue query (P3) and start-up
 * time and memory (P4). Started by {@code bench/run}; {@code BenchmarkSmokeIT} runs the same steps
 * in seconds.
 */
public final class Benchmark {

    static final String QUEUE_FILTER = "Support queue by deadline";
    static final String SLA_TIMER = "Event_SlaEventDue";
    static final String SLA_HANDLER = "Task_HandleDueSlaEvents";

    private final BenchSettings settings;
    private final BenchDatabase server = BenchDatabase.fromEnvironment();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final BenchReport report = new BenchReport();
    private final boolean judge;
    private boolean intakeOnly;
    private boolean queueOnly;
    private Instant runStarted = Instant.now();
    private final List<String> before = new ArrayList<>();
    private final List<String> beforeJvm = new ArrayList<>();
    private Path beforeJar;
    private boolean startUpOnly;
    /** Before/after pairs of a comparison; the order alternates, so that a machine slowing down favours neither. */
    private int rounds = 1;

    Benchmark(BenchSettings settings) {
        this.settings = settings;
        this.judge = settings.name().equals("full");
        report.afterEveryRow(this::checkpoint);
    }

    public static void main(String[] args) throws Exception {
        // the SMTP sink would log every accepted mail
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.icegreen"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        boolean smoke = false;
        boolean intakeOnly = false;
        boolean queueOnly = false;
        boolean startUpOnly = false;
        Integer openAppeals = null;
        int rounds = 1;
        List<String> before = new ArrayList<>();
        List<String> beforeJvm = new ArrayList<>();
        Path beforeJar = null;
        List<String> jvmOptions = new ArrayList<>(List.of("-Xmx512m"));
        List<String> appArguments = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--smoke")) {
                smoke = true;
            } else if (arg.equals("--intake-only")) {
                intakeOnly = true;
            } else if (arg.equals("--queue-only")) {
                queueOnly = true;
            } else if (arg.equals("--startup-only")) {
                startUpOnly = true;
            } else if (arg.startsWith("--rounds=")) {
                rounds = Integer.parseInt(arg.substring("--rounds=".length()));
            } else if (arg.startsWith("--open-appeals=")) {
                openAppeals = Integer.parseInt(arg.substring("--open-appeals=".length()));
            } else if (arg.startsWith("--before=")) {
                before.add(arg.substring("--before=".length()));
            } else if (arg.startsWith("--before-jvm=")) {
                beforeJvm.add(arg.substring("--before-jvm=".length()));
            } else if (arg.startsWith("--before-jar=")) {
                beforeJar = Path.of(arg.substring("--before-jar=".length()));
            } else if (arg.startsWith("--jvm=")) {
                jvmOptions.add(arg.substring("--jvm=".length()));
            } else if (arg.startsWith("--app=")) {
                appArguments.add(arg.substring("--app=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg
                        + " (known: --smoke, --intake-only, --queue-only, --startup-only, --rounds=<before/after pairs>, --open-appeals=<backlog>, --before=<--spring.property=value>, --before-jvm=<JVM option>, --before-jar=<an earlier build's jar>, --jvm=<JVM option>, --app=<--spring.property=value>)");
            }
        }
        Path jar = packagedJar(Path.of("target"));
        Path results = Path.of("bench", "results");
        Path work = Path.of("target", "bench");
        BenchSettings settings = smoke ? BenchSettings.smoke(jar, results, work, jvmOptions, appArguments)
                : BenchSettings.full(jar, results, work, jvmOptions, appArguments);
        if (openAppeals != null) {
            settings = settings.withOpenAppeals(openAppeals);
        }
        Benchmark benchmark = new Benchmark(settings);
        benchmark.intakeOnly = intakeOnly;
        benchmark.queueOnly = queueOnly;
        benchmark.startUpOnly = startUpOnly;
        benchmark.before.addAll(before);
        benchmark.beforeJvm.addAll(beforeJvm);
        benchmark.beforeJar = beforeJar;
        benchmark.rounds = rounds;
        BenchReport report = benchmark.run();
        System.out.println();
        System.out.println(report.markdown());
    }

    static Path packagedJar(Path target) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("support-desk-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged jar in " + target
                            + "; run ./mvnw -DskipTests package first"));
        }
    }

    BenchReport run() throws Exception {
        Instant started = Instant.now();
        runStarted = started;
        Files.createDirectories(settings.workDirectory());
        describeMachine(started);

        if (queueOnly) {
            compareQueue();
            write(started);
            return report;
        }
        if (startUpOnly) {
            compareStartUp();
            report.note("Run took " + Duration.between(started, Instant.now()).toSeconds() + " s.");
            write(started);
            return report;
        }
        progress("pgbench -N");
        double pgbenchTps = Pgbench.tps(server, settings.pgbenchScale(), settings.intakeClients(), settings.pgbench());
        report.figure("pgbench.tps", pgbenchTps);
        report.row("Reference: pgbench -N, " + settings.intakeClients() + " clients, " + settings.pgbench().toSeconds()
                + " s", BenchReport.number(pgbenchTps, 0) + " tps");

        if (!intakeOnly) {
            measureStartUp(settings.jar(), "", true);
        }

        if (!comparing()) {
            onPostgres("", settings.jar(), settings.jvmOptions(), postgresArguments(List.of()), pgbenchTps);
        } else {
            // a tuning step measured before and after in the same run: the first start undoes it
            List<String> jvm = new ArrayList<>(settings.jvmOptions());
            jvm.addAll(beforeJvm);
            List<Double> beforeRates = new ArrayList<>();
            List<Double> afterRates = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                String suffix = rounds == 1 ? "" : ", round " + round;
                boolean beforeFirst = round % 2 == 1;
                if (beforeFirst) {
                    beforeRates.add(onPostgres(beforeLabel() + suffix, beforeJar(), jvm, postgresArguments(before),
                            pgbenchTps));
                }
                afterRates.add(onPostgres("after" + suffix, settings.jar(), settings.jvmOptions(),
                        postgresArguments(List.of()), pgbenchTps));
                if (!beforeFirst) {
                    beforeRates.add(onPostgres(beforeLabel() + suffix, beforeJar(), jvm, postgresArguments(before),
                            pgbenchTps));
                }
            }
            report.row("P1 after / before" + (rounds == 1 ? "" : " (medians of " + rounds + " rounds, order alternating)"),
                    BenchReport.number(median(afterRates) / median(beforeRates), 2) + " x");
        }
        report.note("Run took " + Duration.between(started, Instant.now()).toSeconds() + " s.");
        write(started);
        return report;
    }

    /** P3 alone, on the backlog the last full run left, before and after a setting. */
    private void compareQueue() throws Exception {
        double before = Double.NaN;
        if (comparing()) {
            List<String> jvm = new ArrayList<>(settings.jvmOptions());
            jvm.addAll(beforeJvm);
            before = queueOnExistingBacklog(beforeLabel(), beforeJar(), jvm, postgresArguments(this.before));
        }
        double after = queueOnExistingBacklog(Double.isNaN(before) ? "" : "after", settings.jar(),
                settings.jvmOptions(), postgresArguments(List.of()));
        if (!Double.isNaN(before)) {
            report.row("P3 p95 after / before", BenchReport.number(after / before, 2) + " x");
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private boolean comparing() {
        return !before.isEmpty() || !beforeJvm.isEmpty() || beforeJar != null;
    }

    private Path beforeJar() {
        return beforeJar == null ? settings.jar() : beforeJar;
    }

    private String beforeLabel() {
        List<String> changes = new ArrayList<>(concat(beforeJvm, before));
        if (beforeJar != null) {
            changes.add(0, beforeJar.getFileName().toString());
        }
        return "before: " + String.join(" ", changes);
    }

    private double queueOnExistingBacklog(String variant, Path jar, List<String> jvmOptions, List<String> arguments)
            throws Exception {
        String database = BenchSettings.DATABASE;
        progress("P3 queue " + variant);
        try (AppProcess app = AppProcess.start(jar, settings.workDirectory().resolve("postgres"),
                settings.workDirectory().resolve("app-postgres.log"), jvmOptions, postgresEnvironment(database, 25),
                arguments)) {
            app.awaitHealthy(http);
            // a start may have removed rows (per-task grants): what autovacuum would do before the queue is read
            server.vacuumAnalyze(database);
            return measureQueue(new DeskApi(http, app.baseUrl()), database, variant);
        }
    }

    /** The table so far, written after every step, so that a failed step still leaves the others' figures. */
    private void checkpoint() {
        try {
            write(runStarted);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Starts the desk on a fresh PostgreSQL database and measures P1 (and P2, P3 in a full run); returns P1's rate. */
    private double onPostgres(String variant, Path jar, List<String> jvmOptions, List<String> arguments,
                              double pgbenchTps) throws Exception {
        String database = settings.name().equals("full") ? BenchSettings.DATABASE
                : BenchSettings.DATABASE + "_" + settings.name();
        progress("start-up on PostgreSQL " + variant);
        server.recreate(database);
        // a query the client gave up on must not go on loading the machine for the next steps
        server.limitStatements(database, Duration.ofMinutes(2));
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (AppProcess app = AppProcess.start(jar, settings.workDirectory().resolve("postgres"),
                settings.workDirectory().resolve("app-postgres.log"), jvmOptions,
                postgresEnvironment(database, smtp.getSmtp().getPort()), arguments)) {
            Duration ready = app.awaitHealthy(http);
            report.note("Start-up on PostgreSQL (empty database, schema created)" + label(variant) + ": "
                    + BenchReport.number(ready.toMillis() / 1000.0, 1) + " s.");
            app.startSampling();
            DeskApi desk = new DeskApi(http, app.baseUrl());

            // the JIT compiles the intake path in the first seconds; a server under an outage runs warm
            progress("warm-up");
            LoadRun.Result warmUp = LoadRun.run(http, settings.intakeClients(), settings.warmUp(), Integer.MAX_VALUE,
                    Duration.ZERO, 201, false, desk::newAppeal);
            failIfBroken("warm-up", warmUp);
            progress("P1 intake");
            LoadRun.Result intake = measureIntake(desk, pgbenchTps, variant, warmUp.succeeded());
            int opened = warmUp.succeeded() + intake.succeeded();
            if (!intakeOnly) {
                progress("backlog of open appeals");
                opened += seedOpenAppeals(desk, opened);
                // what autovacuum does on a production server; some machines run PostgreSQL without it
                progress("VACUUM ANALYZE");
                server.vacuumAnalyze(database);
                progress("P2 timers");
                opened += measureTimers(desk, opened);
                progress("P3 queue");
                measureQueue(desk, database, variant);
            }
            long peakRss = app.stopSampling();
            report.figure("p4.peakRssMegabytes", peakRss);
            report.row("P4 resident memory, peak during " + (intakeOnly ? "P1" : "P1-P3") + label(variant) + " ("
                    + String.join(" ", jvmOptions) + ")", peakRss + " MB", "<= 800 MB", peakRss <= 800);
            return intake.perSecond();
        } finally {
            smtp.stop();
        }
    }

    private static String label(String variant) {
        return variant.isEmpty() ? "" : " [" + variant + "]";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void describeMachine(Instant started) throws IOException, SQLException {
        report.header("# Benchmark (" + settings.name() + " run) "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(started));
        report.header("");
        report.header("- Machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpuModel() + "), "
                + memoryGib() + " GiB; Java " + System.getProperty("java.version") + "; PostgreSQL "
                + serverVersion() + ".");
        report.header("- Commit " + commit() + "; application JVM options: " + String.join(" ", settings.jvmOptions())
                + (settings.appArguments().isEmpty() ? "" : "; arguments: " + String.join(" ", settings.appArguments()))
                + ".");
    }

    /** P4 start-up alone, of this build and, with --before-jar, of an earlier one, rounds in alternating order. */
    private void compareStartUp() throws Exception {
        for (int round = 1; round <= rounds; round++) {
            String suffix = rounds == 1 ? "" : ", round " + round;
            boolean beforeFirst = round % 2 == 1;
            if (beforeJar != null && beforeFirst) {
                measureStartUp(beforeJar, beforeLabel() + suffix, false);
            }
            measureStartUp(settings.jar(), (beforeJar == null ? "" : "after") + suffix, round == 1);
            if (beforeJar != null && !beforeFirst) {
                measureStartUp(beforeJar, beforeLabel() + suffix, false);
            }
        }
    }

    private void measureStartUp(Path packagedJar, String variant, boolean figures) throws Exception {
        progress("start-up on H2 " + variant);
        Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "default");
        String label = variant.isEmpty() ? "" : " (" + variant + ")";
        // as `java -jar` runs it, and as the container image runs it: the jar extracted and the
        // classes of a training start kept in a class data sharing archive (Spring Boot's CDS support)
        startTwice("java -jar" + label, packagedJar, settings.jvmOptions(), environment, figures);
        Path extracted = settings.workDirectory().resolve("extracted");
        deleteTree(extracted);
        Path jar = CdsArchive.extract(packagedJar, extracted);
        Path archive = CdsArchive.train(jar, settings.workDirectory().resolve("h2-training"),
                settings.workDirectory().resolve("app-cds-training.log"), environment);
        List<String> withArchive = new ArrayList<>(settings.jvmOptions());
        withArchive.add("-XX:SharedArchiveFile=" + archive.toAbsolutePath());
        startTwice("extracted jar + CDS archive" + label, jar, withArchive, environment, false);
    }

    private void startTwice(String packaging, Path jar, List<String> jvmOptions, Map<String, String> environment,
                            boolean figures) throws Exception {
        Path h2 = settings.workDirectory().resolve("h2");
        deleteTree(h2);
        List<Duration> starts = new ArrayList<>();
        for (String run : List.of("first", "restart")) {
            try (AppProcess app = AppProcess.start(jar, h2, settings.workDirectory().resolve(
                    "app-h2-" + run + ".log"), jvmOptions, environment, settings.appArguments())) {
                starts.add(app.awaitHealthy(http));
            }
        }
        if (figures) {
            report.figure("p4.firstStartSeconds", starts.get(0).toMillis() / 1000.0);
            report.figure("p4.restartSeconds", starts.get(1).toMillis() / 1000.0);
        }
        report.row("P4 start-up to health UP on H2, empty database (schema, demo data), " + packaging,
                BenchReport.number(starts.get(0).toMillis() / 1000.0, 1) + " s", "<= 10 s",
                starts.get(0).compareTo(Duration.ofSeconds(10)) <= 0);
        report.row("P4 start-up to health UP on H2, restart, " + packaging,
                BenchReport.number(starts.get(1).toMillis() / 1000.0, 1) + " s", "<= 10 s",
                starts.get(1).compareTo(Duration.ofSeconds(10)) <= 0);
    }

    private LoadRun.Result measureIntake(DeskApi desk, double pgbenchTps, String variant, int sent)
            throws InterruptedException {
        LoadRun.Result intake = LoadRun.run(http, settings.intakeClients(), settings.intake(), Integer.MAX_VALUE,
                Duration.ZERO, 201, false, i -> desk.newAppeal(sent + i));
        failIfBroken("P1 intake", intake);
        double ratio = intake.perSecond() / pgbenchTps;
        double p99 = intake.latencies().percentileMillis(99);
        report.figure("p1.perSecond", intake.perSecond());
        report.figure("p1.p99Millis", p99);
        report.row("P1 intake POST /api/appeals, " + settings.intakeClients() + " clients, "
                        + settings.intake().toSeconds() + " s after " + settings.warmUp().toSeconds() + " s warm-up"
                        + label(variant),
                BenchReport.number(intake.perSecond(), 0) + " appeals/s = " + BenchReport.number(ratio, 3)
                        + " x pgbench; p50 " + BenchReport.number(intake.latencies().percentileMillis(50), 0)
                        + " ms, p99 " + BenchReport.number(p99, 0) + " ms",
                ">= 0.12 x, p99 <= 100 ms", ratio >= 0.12 && p99 <= 100);
        return intake;
    }

    private int seedOpenAppeals(DeskApi desk, int opened) throws InterruptedException {
        int missing = settings.openAppeals() - opened;
        if (missing <= 0) {
            return 0;
        }
        LoadRun.Result seeding = LoadRun.run(http, settings.intakeClients(), Duration.ofHours(2), missing,
                Duration.ZERO, 201, false, i -> desk.newAppeal(opened + i));
        failIfBroken("seeding", seeding);
        report.note("Backlog: " + BenchReport.number(opened + seeding.succeeded(), 0)
                + " open appeals, filled through the same API at " + BenchReport.number(seeding.perSecond(), 0)
                + " appeals/s.");
        return seeding.succeeded();
    }

    /** Returns the p95 in milliseconds. */
    private double measureQueue(DeskApi desk, String database, String variant) throws IOException, InterruptedException {
        desk.createAgent();
        String filter = desk.filterId(QUEUE_FILTER);
        long openTasks = server.count(database, "SELECT count(*) FROM act_ru_task");
        LoadRun.Result queue = LoadRun.run(http, settings.queueClients(), settings.queue(), Integer.MAX_VALUE,
                Duration.ZERO, 200, true, i -> desk.queuePage(filter));
        if (queue.succeeded() == 0 || (!judge && queue.failed() > 0)) {
            failIfBroken("P3 queue", queue);
        }
        int firstPage = DeskApi.json(queue.bodies().get(0)).size();
        if (firstPage != Math.min(15, openTasks)) {
            throw new IllegalStateException("the queue's first page held " + firstPage + " tasks of " + openTasks);
        }
        double p95 = queue.latencies().percentileMillis(95);
        report.figure("p3.p95Millis", p95);
        report.figure("p3.openTasks", openTasks);
        report.row("P3 \"" + QUEUE_FILTER + "\" first page via /engine-rest, " + settings.queueClients()
                        + " clients, " + BenchReport.number(openTasks, 0) + " open tasks" + label(variant),
                "p50 " + BenchReport.number(queue.latencies().percentileMillis(50), 1) + " ms, p95 "
                        + BenchReport.number(p95, 1) + " ms (" + BenchReport.number(queue.perSecond(), 1)
                        + " pages/s" + (queue.failed() > 0 ? "; " + queue.failed() + " failed: " + queue.firstFailure()
                        : "") + ")",
                "p95 <= 50 ms", p95 <= 50 && queue.failed() == 0);
        return p95;
    }

    /** Returns the number of appeals it opened. */
    private int measureTimers(DeskApi desk, int backlog) throws IOException, InterruptedException {
        long handledBefore = desk.historicActivityCount(SLA_HANDLER);
        String table;
        try (InputStream in = Benchmark.class.getResourceAsStream("/bench/sla-in-seconds.dmn")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"PT30S\"", "\"PT" + settings.firstAnswerIn().toSeconds() + "S\"");
        }
        desk.deploy("sla.dmn", table);
        Duration pacing = settings.deadlineWindow().dividedBy(settings.dueDeadlines());
        LoadRun.Result due = LoadRun.run(http, settings.intakeClients(), settings.deadlineWindow().plusMinutes(5),
                settings.dueDeadlines(), pacing, 201, false, i -> desk.newAppeal(backlog + i));
        failIfBroken("P2 appeals with deadlines in seconds", due);

        long expected = handledBefore + due.succeeded();
        long limit = System.nanoTime() + settings.firstAnswerIn().plusSeconds(60).toNanos();
        while (desk.historicActivityCount(SLA_HANDLER) < expected && System.nanoTime() < limit) {
            Thread.sleep(250);
        }
        Map<String, Instant> handledAt = new HashMap<>();
        for (DeskApi.Dated start : desk.activityStarts(SLA_HANDLER)) {
            handledAt.merge(start.processInstanceId(), start.at(), (a, b) -> a.isBefore(b) ? a : b);
        }
        Latencies lateness = new Latencies();
        for (DeskApi.Dated timer : desk.executedTimerDueDates(SLA_TIMER)) {
            Instant start = handledAt.get(timer.processInstanceId());
            if (start != null) {
                lateness.add(Math.max(0, Duration.between(timer.at(), start).toNanos() / 1000));
            }
        }
        Latencies sorted = Latencies.merge(List.of(lateness));
        int missed = due.succeeded() - sorted.count();
        double p99 = sorted.percentileMillis(99);
        double max = sorted.maxMillis();
        report.figure("p2.fired", sorted.count());
        report.figure("p2.p99Millis", p99);
        report.row("P2 escalation lateness (start of \"Handle due SLA events\" - timer due), "
                        + BenchReport.number(sorted.count(), 0) + " deadlines due within "
                        + settings.deadlineWindow().toSeconds() + " s, " + BenchReport.number(backlog, 0)
                        + " open appeals",
                "p50 " + BenchReport.number(sorted.percentileMillis(50), 0) + " ms, p99 " + BenchReport.number(p99, 0)
                        + " ms, max " + BenchReport.number(max, 0) + " ms"
                        + (missed > 0 ? "; " + missed + " not fired in time" : ""),
                "p99 <= 1 s, max <= 3 s", missed == 0 && p99 <= 1000 && max <= 3000);
        if (missed > 0 && !judge) {
            throw new IllegalStateException(missed + " SLA timers did not fire");
        }
        return due.succeeded();
    }

    private static void progress(String step) {
        System.out.println(DateTimeFormatter.ISO_LOCAL_TIME.withZone(ZoneOffset.UTC).format(Instant.now()) + " " + step);
    }

    private void failIfBroken(String step, LoadRun.Result result) {
        if (result.succeeded() == 0 || result.failed() > result.succeeded() / 100) {
            throw new IllegalStateException(step + ": " + result.failed() + " of "
                    + (result.failed() + result.succeeded()) + " requests failed, first: " + result.firstFailure());
        }
    }

    private Map<String, String> postgresEnvironment(String database, int smtpPort) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_PROFILES_ACTIVE", "postgres");
        environment.put("DB_URL", server.jdbcUrl(database));
        environment.put("DB_USER", server.user());
        environment.put("DB_PASSWORD", "");
        environment.put("ADMIN_USER", DeskApi.ADMIN);
        environment.put("ADMIN_PASSWORD", DeskApi.ADMIN_PASSWORD);
        environment.put("SMTP_HOST", "127.0.0.1");
        environment.put("SMTP_PORT", String.valueOf(smtpPort));
        environment.put("MAIL_FROM", "support@bench.example");
        return environment;
    }

    private List<String> postgresArguments(List<String> extra) {
        List<String> arguments = new ArrayList<>();
        // every benchmark client comes from 127.0.0.1; an outage brings as many addresses as customers
        arguments.add("--supportdesk.intake-rate-limit.requests-per-minute=1000000000");
        arguments.addAll(settings.appArguments());
        arguments.addAll(extra);
        return arguments;
    }

    private void write(Instant started) throws IOException {
        Path directory = settings.resultsDirectory();
        Files.createDirectories(directory);
        String stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").withZone(ZoneOffset.UTC).format(started);
        String kind = intakeOnly ? "intake" : queueOnly ? "queue" : settings.name();
        Files.writeString(directory.resolve(stamp + "-" + kind + ".md"), report.markdown());
    }

    private String serverVersion() throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), "");
             ResultSet version = connection.createStatement().executeQuery("SHOW server_version")) {
            version.next();
            return version.getString(1).replaceAll(" .*", "");
        }
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
    }

    private static long memoryGib() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0) / 1024 / 1024;
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
