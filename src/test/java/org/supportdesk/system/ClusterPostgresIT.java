package org.supportdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two nodes of the desk, each its own JVM from the packaged jar, on one PostgreSQL database, as the
 * production profile runs them: a webapp login made on one node is valid on the other (Spring
 * Session JDBC), a customer's mail is read and taken in once although both nodes poll the mailbox,
 * and the acknowledgement leaves the outbox once although both nodes send. Last, a node dies while
 * its job executor holds due SLA timers: the other node runs them within 30 s of their date.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterPostgresIT {

    private static final String DATABASE = "supportdesk_cluster";
    private static final String SUPPORT = "support@desk.test";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withPerMethodLifecycle(false);

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static Node nodeA;
    private static Node nodeB;

    @BeforeAll
    static void twoNodes() throws Exception {
        MAIL.setUser(SUPPORT, "support", "support");
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        admin("CREATE DATABASE " + DATABASE);
        // one after the other: the first creates the schema
        nodeA = Node.start("a");
        nodeA.awaitHealthy();
        nodeB = Node.start("b");
        nodeB.awaitHealthy();
    }

    @AfterAll
    static void stopNodes() throws Exception {
        for (Node node : new Node[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    @Test
    @Order(1)
    void webappLoginOnOneNodeIsValidOnTheOther() throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpResponse<String> page = nodeA.get("/camunda/app/tasklist/default/", cookies, Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(cookies).containsKey("XSRF-TOKEN");

        HttpResponse<String> login = nodeA.post("/camunda/api/admin/auth/user/default/login/tasklist", cookies,
                Map.of("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN")),
                "username=agent&password=" + URLEncoder.encode("agent", StandardCharsets.UTF_8));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

        HttpResponse<String> onB = nodeB.get("/camunda/api/admin/auth/user/default", cookies, Map.of());
        assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
        assertThat(onB.body()).contains("\"userId\":\"agent\"");
        // and the same request without the login is not
        HttpResponse<String> anonymous = nodeB.get("/camunda/api/admin/auth/user/default", new LinkedHashMap<>(),
                Map.of());
        assertThat(anonymous.body()).doesNotContain("\"userId\":\"agent\"");
    }

    @Test
    @Order(2)
    void aMailIsTakenInOnceAndAnsweredOnce() throws Exception {
        String customer = "cluster-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String subject = "Volumes detached " + UUID.randomUUID();
        GreenMailUtil.sendTextEmail(SUPPORT, customer, subject,
                "Since noon the volumes of shop-prod detach every few minutes.\nLogin: anna, project: shop-prod.",
                MAIL.getSmtp().getServerSetup());

        await().atMost(WAIT).until(() -> count("SELECT COUNT(*) FROM appeal WHERE subject = ?", subject) == 1);
        await().atMost(WAIT).until(() -> mailsTo(customer).size() >= 1);
        // both nodes poll the mailbox every second and send every half second: nothing comes twice
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).until(() ->
                count("SELECT COUNT(*) FROM appeal WHERE subject = ?", subject) == 1 && mailsTo(customer).size() == 1);
        assertThat(count("SELECT COUNT(*) FROM outbox_message o JOIN appeal a ON a.id = o.appeal_id"
                + " WHERE a.subject = ? AND o.status = 'SENT' AND o.attempts = 1", subject)).isOne();
        assertThat(count("SELECT COUNT(*) FROM channel_receipt r JOIN appeal a ON a.id = r.appeal_id"
                + " WHERE a.subject = ?", subject)).isOne();
    }

    /**
     * Node B is frozen, so node A's job executor alone takes the due timers; the moment it holds some,
     * A is frozen too and then killed, leaving them locked in the database as a crashed node does.
     * Node B, running again, must run them once their lock (20 s) runs out: within 30 s of their date,
     * where the engine's default lock time would hold them for 5 minutes.
     */
    @Test
    @Order(3)
    void timersHeldByADeadNodeRunOnTheOtherWithin30Seconds() throws Exception {
        String table;
        try (var in = ClusterPostgresIT.class.getResourceAsStream("/bench/sla-in-seconds.dmn")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpResponse<String> deployed = nodeA.deploy("sla.dmn", table);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> created = nodeA.postJson("/api/appeals", """
                    {"channel": "FEEDBACK_FORM", "email": "timers@example.com", "login": "anna", "project": "shop-prod",
                     "subject": "Timer %d", "description": "The object storage bucket answers 503 to every request."}"""
                    .formatted(i));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            numbers.add(created.body().replaceAll(".*\"number\":\"([^\"]+)\".*", "$1"));
        }

        String locked = "SELECT COUNT(*) FROM act_ru_job WHERE type_ = ? AND lock_owner_ IS NOT NULL";
        nodeB.signal("STOP");
        long held;
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                    .until(() -> count(locked, "timer") > 0);
            nodeA.signal("STOP");
            held = count(locked, "timer");
            nodeA.process().destroyForcibly().waitFor();
        } finally {
            nodeB.signal("CONT");
        }
        assertThat(held).as("timers locked by the node that died").isPositive();

        String breach = "SELECT COUNT(*) FROM appeal_escalation e JOIN appeal a ON a.id = e.appeal_id"
                + " WHERE e.kind = 'FIRST_RESPONSE_BREACH' AND a.appeal_number = ?";
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            for (String number : numbers) {
                if (count(breach, number) != 1) {
                    return false;
                }
            }
            return true;
        });
        System.out.printf("Node A held %d due timers when it died; lateness of the 20 first-answer breaches:"
                + " max %d ms%n", held, count("SELECT CAST(MAX(EXTRACT(EPOCH FROM (e.fired_at - e.due_at)) * 1000)"
                + " AS BIGINT) FROM appeal_escalation e JOIN appeal a ON a.id = e.appeal_id"
                + " WHERE e.kind = 'FIRST_RESPONSE_BREACH' AND a.subject LIKE ?", "Timer %"));
        assertThat(count("SELECT COUNT(*) FROM appeal_escalation e JOIN appeal a ON a.id = e.appeal_id"
                + " WHERE e.kind = 'FIRST_RESPONSE_BREACH' AND a.subject LIKE ?"
                + " AND e.fired_at > e.due_at + INTERVAL '30 seconds'", "Timer %")).isZero();
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address))) {
                found.add(message);
            }
        }
        return found;
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(DATABASE), "postgres", "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    /** One node: the packaged jar with the production profile, in a JVM of its own. */
    private record Node(String name, Process process, int port) implements AutoCloseable {

        static Node start(String name) throws IOException {
            Path work = Path.of("target", "cluster", name);
            Files.createDirectories(work);
            int port = freePort();
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-jar", packagedJar().toAbsolutePath().toString(),
                    "--supportdesk.outbox.poll-interval=PT0.5S");
            ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("node.log").toFile());
            Map<String, String> env = builder.environment();
            env.put("SERVER_PORT", String.valueOf(port));
            env.put("SPRING_PROFILES_ACTIVE", "postgres");
            env.put("DB_URL", jdbcUrl(DATABASE));
            env.put("DB_USER", "postgres");
            env.put("DB_PASSWORD", "");
            env.put("DB_POOL_SIZE", "8");
            env.put("DEMO_USERS", "true");
            env.put("PASSWORD_POLICY", "false");
            env.put("MAIL_IMAP_URL", "imap://support:support@127.0.0.1:" + MAIL.getImap().getPort() + "/INBOX");
            env.put("MAIL_POLL_INTERVAL", "PT1S");
            env.put("MAIL_FROM", SUPPORT);
            env.put("SMTP_HOST", "127.0.0.1");
            env.put("SMTP_PORT", String.valueOf(MAIL.getSmtp().getPort()));
            return new Node(name, builder.start(), port);
        }

        void awaitHealthy() {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("node " + name + " stopped: see target/cluster/" + name
                            + "/node.log");
                }
                try {
                    HttpResponse<String> health = get("/actuator/health", new LinkedHashMap<>(), Map.of());
                    return health.statusCode() == 200 && health.body().contains("\"UP\"");
                } catch (IOException notListeningYet) {
                    return false;
                }
            });
        }

        /** A decision deployed through the engine REST API, as a modeler does from Camunda Modeler. */
        HttpResponse<String> deploy(String fileName, String xml) throws IOException, InterruptedException {
            String boundary = "cluster-" + UUID.randomUUID();
            String body = "--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\ncluster " + fileName + "\r\n"
                    + "--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"" + fileName + "\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: application/xml\r\n\r\n" + xml + "\r\n"
                    + "--" + boundary + "--\r\n";
            return send(request("/engine-rest/deployment/create", new LinkedHashMap<>(), Map.of(
                    "Authorization", basic("admin:admin"), "Content-Type", "multipart/form-data; boundary=" + boundary))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), new LinkedHashMap<>());
        }

        HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
            return send(request(path, new LinkedHashMap<>(), Map.of("Content-Type", "application/json"))
                    .POST(HttpRequest.BodyPublishers.ofString(json)), new LinkedHashMap<>());
        }

        /** kill -STOP freezes the node (a stalled machine), -CONT lets it go on. */
        void signal(String signal) throws IOException, InterruptedException {
            assertThat(new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start().waitFor())
                    .isZero();
        }

        private static String basic(String credentials) {
            return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> get(String path, Map<String, String> cookies, Map<String, String> headers)
                throws IOException, InterruptedException {
            return send(request(path, cookies, headers).GET(), cookies);
        }

        HttpResponse<String> post(String path, Map<String, String> cookies, Map<String, String> headers, String form)
                throws IOException, InterruptedException {
            return send(request(path, cookies, headers)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)), cookies);
        }

        private HttpRequest.Builder request(String path, Map<String, String> cookies, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(20));
            headers.forEach(request::header);
            if (!cookies.isEmpty()) {
                // by hand: the production profile marks cookies Secure, which a client would keep off plain HTTP
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            return request;
        }

        private static HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies)
                throws IOException, InterruptedException {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
            return response;
        }

        @Override
        public void close() throws InterruptedException {
            if (!process.isAlive()) {
                return;
            }
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        private static Path packagedJar() throws IOException {
            try (Stream<Path> files = Files.list(Path.of("target"))) {
                return files.filter(f -> f.getFileName().toString().matches("support-desk-.*\\.jar"))
                        .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run ./mvnw verify"));
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
