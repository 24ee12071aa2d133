package org.supportdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.supportdesk.SupportDeskApplication;

/**
 * PostgreSQL goes away under intake load and comes back: the desk answers 503 problem details with
 * Retry-After meanwhile, every answer (intake and health) within 10 s, readiness turns DOWN while
 * liveness stays UP, and intake, the outbox and the mailbox reader carry on by themselves once the
 * server is back, without a restart; every appeal that was answered 201 is there, once, with its
 * process and its acknowledgement sent. Runs a PostgreSQL server of its own ({@link PrivatePostgres}),
 * never the shared one.
 */
class DatabaseOutageIT {

    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(10);
    private static final Duration OUTAGE = Duration.ofSeconds(12);
    private static final int CLIENTS = 4;
    private static final String SUPPORT = "support@desk.test";
    private static final Pattern NUMBER = Pattern.compile("\"number\":\"([^\"]+)\"");

    private static PrivatePostgres postgres;
    private static GreenMail mail;
    private static ConfigurableApplicationContext app;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One answer of the desk: when it was asked (ms since the run started), what came back, how long it took. */
    record Answer(String what, long atMillis, int status, long tookMillis, String contentType, String retryAfter,
                  String number) {
    }

    @BeforeAll
    static void start() throws Exception {
        postgres = PrivatePostgres.create("desk");
        mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mail.start();
        mail.setUser(SUPPORT, "support", "support");
        // command-line arguments: they win over application.yml (builder properties would not)
        app = new SpringApplicationBuilder(SupportDeskApplication.class)
                .profiles("postgres")
                .run(Map.ofEntries(
                        Map.entry("server.port", "0"),
                        Map.entry("DB_URL", postgres.jdbcUrl("desk")),
                        Map.entry("DB_USER", "postgres"),
                        Map.entry("DB_PASSWORD", ""),
                        Map.entry("ADMIN_USER", "it-admin"),
                        Map.entry("ADMIN_PASSWORD", "Str0ng!Desk-Passphrase"),
                        Map.entry("MAIL_FROM", SUPPORT),
                        Map.entry("MAIL_IMAP_URL", "imap://support:support@127.0.0.1:" + mail.getImap().getPort()
                                + "/INBOX"),
                        Map.entry("MAIL_POLL_INTERVAL", "PT1S"),
                        Map.entry("spring.mail.host", "127.0.0.1"),
                        Map.entry("spring.mail.port", Integer.toString(mail.getSmtp().getPort())),
                        Map.entry("supportdesk.outbox.poll-interval", "PT0.2S"),
                        Map.entry("supportdesk.outbox.first-retry-after", "PT1S"),
                        // a message claimed when the server went away is sent again after its lease
                        Map.entry("supportdesk.outbox.lease", "PT5S"),
                        Map.entry("supportdesk.intake-rate-limit.requests-per-minute", "1000000"))
                        .entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (mail != null) {
                mail.stop();
            }
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Test
    void anOutageIsAnswered503AndEverythingRecoversWithoutARestart() throws Exception {
        ListAppender<ILoggingEvent> outageLog = capture(DatabaseOutage.class);
        assertThat(post("warm-up").status()).isEqualTo(201);

        long t0 = System.nanoTime();
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        ExecutorService load = Executors.newFixedThreadPool(CLIENTS + 3);
        for (int i = 0; i < CLIENTS; i++) {
            load.submit(() -> {
                while (running.get()) {
                    answers.add(post("intake", t0));
                    // steady load, not a flood: the outbox must deliver every acknowledgement afterwards
                    Thread.sleep(150);
                }
                return null;
            });
        }
        for (String probe : List.of("/actuator/health/readiness", "/actuator/health/liveness", "/actuator/health")) {
            load.submit(() -> {
                while (running.get()) {
                    answers.add(get(probe, t0));
                    Thread.sleep(200);
                }
                return null;
            });
        }

        Thread.sleep(3_000);
        long stoppedAt = millis(t0);
        postgres.stop();
        Thread.sleep(OUTAGE.dividedBy(2).toMillis());
        // a customer writes while the database is away: the mail waits in the mailbox
        String customer = "outage-" + System.nanoTime() + "@example.com";
        GreenMailUtil.sendTextEmail(SUPPORT, customer, "VM unreachable during your maintenance",
                "Our VM in project shop-prod does not answer on port 22.", mail.getSmtp().getServerSetup());
        Thread.sleep(OUTAGE.dividedBy(2).toMillis());
        long restartedAt = millis(t0);
        postgres.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> answers.stream()
                .anyMatch(a -> a.what().equals("intake") && a.atMillis() > restartedAt && a.status() == 201));
        Thread.sleep(3_000);
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<Answer> all = new ArrayList<>(answers);
        List<Answer> intake = all.stream().filter(a -> a.what().equals("intake")).toList();
        List<Answer> duringOutage = intake.stream()
                .filter(a -> a.atMillis() > stoppedAt + 500 && a.atMillis() + a.tookMillis() < restartedAt).toList();
        Answer firstAfter = intake.stream().filter(a -> a.atMillis() > restartedAt && a.status() == 201)
                .min(Comparator.comparingLong(Answer::atMillis)).orElseThrow();
        long readinessDownAfter = all.stream()
                .filter(a -> a.what().equals("/actuator/health/readiness") && a.status() == 503
                        && a.atMillis() >= stoppedAt)
                .mapToLong(a -> a.atMillis() + a.tookMillis() - stoppedAt).min().orElse(-1);

        // every answer in time, none a failure of ours
        assertThat(all).allSatisfy(a -> assertThat(a.tookMillis()).as(a.toString())
                .isLessThanOrEqualTo(ANSWER_LIMIT.toMillis()));
        assertThat(intake).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(201, 503));
        assertThat(duringOutage).isNotEmpty().allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isEqualTo(503);
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(a.retryAfter()).isNotBlank();
        });
        // readiness DOWN within a few seconds, liveness UP throughout
        assertThat(readinessDownAfter).isBetween(0L, 6_000L);
        assertThat(all.stream().filter(a -> a.what().equals("/actuator/health/liveness")))
                .isNotEmpty().allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(200));
        assertThat(all.stream().filter(a -> a.what().equals("/actuator/health")))
                .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 503));

        // nothing acknowledged is lost or doubled; each has its process and its acknowledgement leaves
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        List<String> acknowledged = intake.stream().filter(a -> a.status() == 201).map(Answer::number).toList();
        assertThat(acknowledged).doesNotHaveDuplicates().hasSizeGreaterThan(CLIENTS);
        for (String number : acknowledged) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM appeal WHERE appeal_number = :n").param("n", number)
                    .query(Long.class).single()).as(number).isOne();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ = :n AND proc_def_key_ = 'appeal'")
                    .param("n", number).query(Long.class).single()).as(number).isOne();
        }
        long outboxDrainedAt = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT a.appeal_number || ' ' || o.status || ' ' || o.attempts || ' ' || COALESCE(o.last_error, '')
                        FROM outbox_message o JOIN appeal a ON a.id = o.appeal_id
                        WHERE a.appeal_number IN (:numbers) AND o.status <> 'SENT'""")
                .param("numbers", acknowledged).query(String.class).list()).isEmpty());
        long outboxDrainMillis = (System.nanoTime() - outboxDrainedAt) / 1_000_000;
        // the mail written during the outage became an appeal once the database was back
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT COUNT(*) FROM appeal WHERE channel = 'MAIL' AND channel_address = :a")
                .param("a", customer).query(Long.class).single()).isOne());
        // the outage is logged once, and its end once
        List<ILoggingEvent> warnings = outageLog.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        List<ILoggingEvent> recoveries = outageLog.list.stream().filter(e -> e.getLevel() == Level.INFO).toList();
        assertThat(warnings).hasSize(1);
        assertThat(recoveries).hasSize(1);

        report(all, intake, duringOutage, stoppedAt, restartedAt, firstAfter, readinessDownAfter, outboxDrainMillis,
                acknowledged.size());
    }

    private static void report(List<Answer> all, List<Answer> intake, List<Answer> duringOutage, long stoppedAt,
                               long restartedAt, Answer firstAfter, long readinessDownAfter, long outboxDrainMillis,
                               int acknowledged) throws IOException {
        Map<Integer, Long> histogram = new TreeMap<>(intake.stream()
                .collect(Collectors.groupingBy(Answer::status, Collectors.counting())));
        long maxOutageMillis = duringOutage.stream().mapToLong(Answer::tookMillis).max().orElse(0);
        long maxMillis = all.stream().mapToLong(Answer::tookMillis).max().orElse(0);
        String text = """
                # Database outage under intake load

                | measure | value |
                |---|---|
                | intake clients | %d, PostgreSQL stopped (fast shutdown) for %d s |
                | intake answers | %d: %s |
                | answers while the server was down | %d, all 503 problem+json with Retry-After; slowest %d ms |
                | slowest answer of the run (intake and health) | %d ms (limit %d ms) |
                | readiness DOWN after the stop | %d ms (liveness UP throughout) |
                | recovery: first 201 after the server was started | %d ms |
                | acknowledged appeals (201) | %d, all present once with their process; acknowledgements sent %d ms after the check began |
                """.formatted(CLIENTS, OUTAGE.toSeconds(), intake.size(), histogram, duringOutage.size(),
                maxOutageMillis, maxMillis, ANSWER_LIMIT.toMillis(), readinessDownAfter,
                firstAfter.atMillis() + firstAfter.tookMillis() - restartedAt, acknowledged, outboxDrainMillis);
        System.out.println(text);
        Path out = Path.of("target", "robustness", "database-outage.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    private static Answer post(String what) {
        return post(what, System.nanoTime());
    }

    private static Answer post(String what, long t0) {
        String body = """
                {"channel": "FEEDBACK_FORM", "email": "load@example.com", "login": "load", "project": "shop-prod",
                 "subject": "Instances unreachable", "description": "All instances stopped answering on port 443.",
                 "urgency": "HIGH", "impact": "MEDIUM"}""";
        return send(what, t0, HttpRequest.newBuilder(URI.create(base + "/api/appeals"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Answer get(String path, long t0) {
        return send(path, t0, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private static Answer send(String what, long t0, HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(ANSWER_LIMIT.plusSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher number = NUMBER.matcher(response.body());
            return new Answer(what, (start - t0) / 1_000_000, response.statusCode(), (System.nanoTime() - start) / 1_000_000,
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.statusCode() == 201 && number.find() ? number.group(1) : null);
        } catch (IOException e) {
            return new Answer(what, (start - t0) / 1_000_000, -1, (System.nanoTime() - start) / 1_000_000, e.toString(),
                    null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(what, (start - t0) / 1_000_000, -2, 0, "interrupted", null, null);
        }
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static ListAppender<ILoggingEvent> capture(Class<?> type) {
        Logger logger = (Logger) LoggerFactory.getLogger(type);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        return appender;
    }
}
