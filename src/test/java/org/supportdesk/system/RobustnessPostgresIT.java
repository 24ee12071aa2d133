package org.supportdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.supportdesk.channel.FakePlatform;

/**
 * Hostile and broken input against every door of the desk, on PostgreSQL with the production
 * profile: NUL and broken surrogates in every text, values too long, enums as numbers or wrong
 * names, several bad fields at once, broken JSON, multipart bodies without a boundary or cut short,
 * oversized bodies and files, wrong methods, content types and Accept headers, addresses the
 * servlet container and the firewall refuse, oversized headers, webhook events without a sender or
 * with identifiers far too long, bad paging and unparsable models on the engine REST API, process
 * starts whose delegates refuse the input.
 *
 * <p>Every answer must be below 500; every error answer problem+json with a title and its status;
 * and not one row may be written (the job executor is off here, so nothing else writes meanwhile).
 * The inputs tried and the status histogram go to {@code target/robustness/malformed-inputs.md}.
 */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "DB_URL=jdbc:postgresql://127.0.0.1:5432/test",
        "DB_USER=postgres",
        "DB_PASSWORD=",
        "ADMIN_USER=" + RobustnessPostgresIT.ADMIN,
        "ADMIN_PASSWORD=" + RobustnessPostgresIT.PASSWORD,
        "TELEGRAM_BOT_TOKEN=robust-bot",
        "TELEGRAM_SECRET_TOKEN=" + RobustnessPostgresIT.TELEGRAM_SECRET,
        "VK_TOKEN=robust-vk",
        "VK_SECRET=" + RobustnessPostgresIT.VK_SECRET,
        "VK_CONFIRMATION=robust-confirm",
        "FACEBOOK_PAGE_TOKEN=robust-page",
        "FACEBOOK_VERIFY_TOKEN=robust-verify",
        "FACEBOOK_APP_SECRET=" + RobustnessPostgresIT.FACEBOOK_SECRET,
        "camunda.bpm.job-execution.enabled=false",
        "supportdesk.intake-rate-limit.requests-per-minute=3"})
@DirtiesContext
class RobustnessPostgresIT {

    static final String ADMIN = "it-admin";
    static final String PASSWORD = "Str0ng!Desk-Passphrase";
    static final String AGENT = "it-robust-agent";
    static final String TELEGRAM_SECRET = "robust-telegram-secret";
    static final String VK_SECRET = "robust-vk-secret";
    static final String FACEBOOK_SECRET = "robust-app-secret";
    private static final FakePlatform PLATFORM = new FakePlatform();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identity;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void platforms(DynamicPropertyRegistry registry) {
        PLATFORM.on("/botrobust-bot/sendMessage", request -> FakePlatform.Response.json(200,
                "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":1}}}"));
        PLATFORM.on("/method/messages.send", request -> FakePlatform.Response.json(200, "{\"response\":1}"));
        registry.add("TELEGRAM_API_URL", PLATFORM::url);
        registry.add("VK_API_URL", PLATFORM::url);
        registry.add("FACEBOOK_API_URL", () -> PLATFORM.url() + "/v21.0");
    }

    @BeforeEach
    void agent() {
        if (identity.createUserQuery().userId(AGENT).count() == 0) {
            User user = identity.newUser(AGENT);
            user.setFirstName("Robust");
            user.setLastName("Agent");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(AGENT, "support-l1");
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** One input: what is sent, and the status expected (0: any 4xx). */
    record Probe(String door, String kind, String method, String target, Map<String, String> headers, byte[] body,
                 boolean raw, int expected) {
    }

    record Answer(Probe probe, int status, String contentType, String body, String retryAfter) {
    }

    @Test
    void malformedInputIsRefusedWithProblemDetailsAndWritesNothing() throws Exception {
        Fixture fixture = fixture();
        Map<String, Long> before = rowCounts();
        Map<String, Object> appealBefore = appealState(fixture.appeal());

        List<Probe> probes = new ArrayList<>();
        appealIntake(probes);
        appealConversation(probes, fixture);
        staffApi(probes, fixture);
        webhooks(probes);
        engineRest(probes);
        container(probes, fixture);

        List<Answer> answers = new ArrayList<>();
        for (Probe probe : probes) {
            answers.add(send(probe));
        }

        report(answers);
        assertThat(probes).hasSizeGreaterThanOrEqualTo(200);
        List<String> wrong = new ArrayList<>();
        for (Answer answer : answers) {
            String what = answer.probe().door() + " / " + abbreviate(answer.probe().kind()) + " -> " + answer.status()
                    + " " + answer.contentType() + " " + abbreviate(answer.body());
            if (answer.status() < 200 || answer.status() >= 500) {
                wrong.add("not below 500: " + what);
            } else if (answer.probe().expected() > 0 && answer.status() != answer.probe().expected()) {
                wrong.add("expected " + answer.probe().expected() + ": " + what);
            } else if (answer.probe().expected() == 0 && answer.status() < 400) {
                wrong.add("expected a refusal: " + what);
            }
            if (answer.status() >= 400) {
                JsonNode problem = answer.contentType().startsWith("application/problem+json")
                        ? json.readTree(answer.body()) : null;
                if (problem == null || problem.path("status").asInt() != answer.status()
                        || problem.path("title").asText().isBlank()) {
                    wrong.add("not problem details with title and status: " + what);
                }
            }
            if (answer.probe().kind().startsWith("all-at-once") && answer.status() == 400) {
                List<String> fields = new ArrayList<>();
                json.readTree(answer.body()).path("errors").forEach(e -> fields.add(e.path("field").asText()));
                for (String field : answer.probe().kind().substring("all-at-once ".length()).split(" ")[0].split(",")) {
                    if (!fields.contains(field)) {
                        // several bad fields in one request: each is named, a bad enum hides none of them
                        wrong.add("field " + field + " not named: " + what);
                    }
                }
            }
        }
        assertThat(wrong).as("answers out of line, of " + answers.size()).isEmpty();

        assertThat(rowCounts()).as("rows written by refused input").isEqualTo(before);
        assertThat(appealState(fixture.appeal())).isEqualTo(appealBefore);
    }

    /** A platform's message is never refused forever: text the database cannot hold is cleaned. */
    @Test
    void platformMessagesWithUnstorableTextAreTakenInCleaned() throws Exception {
        String chat = Long.toString(600_000_000L + System.nanoTime() % 100_000_000L);
        String update = """
                {"update_id": %s, "message": {"message_id": 1, "date": 1732450000,
                 "from": {"id": %s, "is_bot": false, "first_name": "Ir\\u0000ina", "username": "ir\\ud800"},
                 "chat": {"id": %s, "type": "private"},
                 "text": "Database\\u0000 cluster \\udc00down since 10:00, login: irina"}}"""
                .formatted(chat, chat, chat);
        Answer telegram = send(new Probe("telegram", "NUL in text and name", "POST", "/webhooks/telegram",
                Map.of("Content-Type", "application/json", "X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET),
                bytes(update), false, 200));
        assertThat(telegram.status()).isEqualTo(200);

        String peer = Long.toString(500_000_000L + System.nanoTime() % 100_000_000L);
        String event = """
                {"type": "message_new", "group_id": 1, "event_id": "e%s", "secret": "%s",
                 "object": {"message": {"peer_id": %s, "from_id": %s, "id": 1, "text": "Bucket\\u0000 unreachable \\ud800"}}}"""
                .formatted(peer, VK_SECRET, peer, peer);
        Answer vk = send(new Probe("vk", "NUL in text", "POST", "/webhooks/vk",
                Map.of("Content-Type", "application/json"), bytes(event), false, 200));
        assertThat(vk.status()).isEqualTo(200);

        for (String address : List.of(chat, peer)) {
            String description = jdbc.sql("SELECT description FROM appeal WHERE channel_address = :a")
                    .param("a", address).query(String.class).single();
            assertThat(description).doesNotContain("\u0000").doesNotContain("\ud800").doesNotContain("\udc00");
        }
        assertThat(jdbc.sql("SELECT description FROM appeal WHERE channel_address = :a").param("a", chat)
                .query(String.class).single()).isEqualTo("Database cluster \uFFFDdown since 10:00, login: irina");
        assertThat(jdbc.sql("SELECT display_name FROM channel_identity WHERE channel = 'TELEGRAM' AND address = :a")
                .param("a", chat).query(String.class).single()).isEqualTo("Irina (@ir\uFFFD)");
    }

    /** Anonymous intake over its limit: 429 problem details with Retry-After (limit 3 per minute here). */
    @Test
    void anonymousIntakeOverItsLimitIsAnswered429() throws Exception {
        String valid = """
                {"channel": "FEEDBACK_FORM", "email": "limit@example.com", "description": "Load balancer returns 502."}""";
        Answer last = null;
        for (int i = 0; i < 4; i++) {
            last = send(jsonProbe("intake", "rate limit", "POST", "/api/appeals", null, valid, 0));
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(last.retryAfter()).isNotBlank();
    }

    // --- the inputs ------------------------------------------------------------------------------

    private static final List<String> APPEAL_TEXT_FIELDS = List.of("login", "project", "email", "contactName",
            "subject", "description");

    private void appealIntake(List<Probe> probes) {
        Map<String, Object> valid = new LinkedHashMap<>(Map.of("channel", "FEEDBACK_FORM", "email", "anna@example.com",
                "login", "anna", "project", "shop-prod", "contactName", "Anna", "subject", "Instances unreachable",
                "description", "All instances stopped answering on port 443."));
        for (String field : APPEAL_TEXT_FIELDS) {
            for (Map.Entry<String, String> bad : badTexts(field.equals("description") ? 20_001 : 400).entrySet()) {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                body.put(field, bad.getValue());
                probes.add(jsonProbe("POST /api/appeals", bad.getKey() + " in " + field, "POST", "/api/appeals", null,
                        toJson(body), 400));
            }
        }
        // enums by name only; each bad enum beside a missing description: both are named
        for (String field : List.of("channel", "urgency", "impact", "category")) {
            for (String value : List.of("1", "0", "-1", "7", "1.5", "\"high\"", "\"SUPER\"", "\"HIGH!\"", "\"7\"",
                    "true", "{}", "[]")) {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                body.remove("description");
                body.remove(field);
                String text = toJson(body).replaceFirst("\\{", "{\"" + field + "\": " + value + ", ");
                boolean scalar = !value.equals("{}") && !value.equals("[]") && !value.equals("true")
                        && !value.equals("1.5");
                probes.add(jsonProbe("POST /api/appeals", scalar ? "all-at-once " + field + ",description ("
                        + field + " " + value + ")" : "enum " + field + " as " + value, "POST", "/api/appeals", null,
                        text, 400));
            }
        }
        probes.add(jsonProbe("POST /api/appeals", "all-at-once email,urgency,impact,description,subject", "POST",
                "/api/appeals", null, """
                        {"channel": "FEEDBACK_FORM", "email": "not-an-address", "urgency": 1, "impact": "SEVERE",
                         "subject": "%s", "description": "a\\u0000b"}""".formatted("s".repeat(301)), 400));
        // broken JSON and wrong shapes
        for (Map.Entry<String, String> broken : Map.of(
                "truncated", "{\"channel\": \"FEEDBACK_FORM\", \"descr",
                "trailing garbage", "{\"channel\": \"FEEDBACK_FORM\"} xyz",
                "empty body", "",
                "null", "null",
                "array", "[1, 2]",
                "number", "42",
                "unquoted names", "{channel: FEEDBACK_FORM}",
                "description as object", "{\"channel\":\"FEEDBACK_FORM\",\"email\":\"a@b.cd\",\"description\":{\"a\":1}}",
                "description as array", "{\"channel\":\"FEEDBACK_FORM\",\"email\":\"a@b.cd\",\"description\":[\"a\"]}",
                "deep nesting", "[".repeat(5000) + "]".repeat(5000)).entrySet()) {
            probes.add(jsonProbe("POST /api/appeals", broken.getKey(), "POST", "/api/appeals", null, broken.getValue(),
                    400));
        }
        probes.add(new Probe("POST /api/appeals", "bytes that are not UTF-8", "POST", "/api/appeals",
                Map.of("Content-Type", "application/json"), new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3,
                (byte) 0x28, (byte) 0xFF, '"', '}'}, false, 400));
        probes.add(jsonProbe("POST /api/appeals", "JSON over 256 KB", "POST", "/api/appeals", null,
                "{\"description\": \"" + "x".repeat(300_000) + "\"}", 413));
        // content types, methods, Accept
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/mixed; boundary=x", "image/png")) {
            probes.add(new Probe("POST /api/appeals", "content type " + type, "POST", "/api/appeals",
                    Map.of("Content-Type", type), bytes("{\"channel\": \"FEEDBACK_FORM\"}"), false, 415));
        }
        probes.add(new Probe("POST /api/appeals", "no content type", "POST", "/api/appeals", Map.of(),
                bytes("{}"), false, 415));
        for (String accept : List.of("application/xml", "text/html", "image/png")) {
            probes.add(jsonProbe("POST /api/appeals", "accepts only " + accept + " (valid body)", "POST",
                    "/api/appeals", Map.of("Accept", accept), toJson(valid), 406));
        }
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            probes.add(new Probe("/api/appeals", "method " + method + " (staff)", method, "/api/appeals",
                    Map.of("Authorization", basic(AGENT), "Content-Type", "application/json"), bytes("{}"), false, 405));
        }
        probes.add(jsonProbe("POST /api/appeals", "anonymous with another channel than the form", "POST",
                "/api/appeals", null, toJson(Map.of("channel", "PHONE", "login", "x", "description", "x y z")), 401));
        probes.add(jsonProbe("POST /api/appeals", "unknown user", "POST", "/api/appeals",
                Map.of("Authorization", "Basic " + base64("nobody:wrong")), toJson(valid), 401));

        // multipart
        String boundary = "----robust" + Long.toHexString(System.nanoTime());
        probes.add(new Probe("POST /api/appeals multipart", "no boundary", "POST", "/api/appeals",
                Map.of("Content-Type", "multipart/form-data"), bytes("channel=FEEDBACK_FORM"), false, 400));
        probes.add(new Probe("POST /api/appeals multipart", "cut short", "POST", "/api/appeals",
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
                bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"channel\"\r\n\r\nFEEDBACK_FORM\r\n--"
                        + boundary + "\r\nContent-Dispos"), false, 400));
        probes.add(new Probe("POST /api/appeals multipart", "boundary never used", "POST", "/api/appeals",
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
                bytes("just some text, no parts at all"), false, 400));
        probes.add(new Probe("POST /api/appeals multipart", "empty body", "POST", "/api/appeals",
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary), new byte[0], false, 400));
        Map<String, String> form = new LinkedHashMap<>();
        valid.forEach((k, v) -> form.put(k, v.toString()));
        for (String field : APPEAL_TEXT_FIELDS) {
            Map<String, String> bad = new LinkedHashMap<>(form);
            bad.put(field, "a\u0000b");
            probes.add(multipart("POST /api/appeals multipart", "NUL in " + field, "/api/appeals", null, bad,
                    List.of(), 400));
        }
        Map<String, String> enums = new LinkedHashMap<>(form);
        enums.put("urgency", "7");
        enums.put("impact", "1");
        enums.put("email", "nope");
        enums.remove("description");
        probes.add(multipart("POST /api/appeals multipart", "all-at-once urgency,impact,email,description",
                "/api/appeals", null, enums, List.of(), 400));
        probes.add(multipart("POST /api/appeals multipart", "file of 11 MB", "/api/appeals", null, form,
                List.of(new FilePart("big.log", new byte[11 * 1024 * 1024])), 413));
        List<FilePart> many = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            many.add(new FilePart("part" + i + ".log", new byte[9 * 1024 * 1024]));
        }
        probes.add(multipart("POST /api/appeals multipart", "request of 27 MB", "/api/appeals", null, form, many, 413));
        List<FilePart> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(new FilePart("log" + i + ".txt", bytes("line " + i + "\n")));
        }
        // valid forms with bad files: as staff, so the anonymous rate limit does not answer first
        Map<String, String> staff = Map.of("Authorization", basic(AGENT));
        probes.add(multipart("POST /api/appeals multipart", "11 files", "/api/appeals", staff, form, eleven, 400));
        probes.add(multipart("POST /api/appeals multipart", "an executable", "/api/appeals", staff, form,
                List.of(new FilePart("tool.exe", new byte[] {'M', 'Z', 0, 0, 1, 2, 3})), 400));
        probes.add(multipart("POST /api/appeals multipart", "an empty file", "/api/appeals", staff, form,
                List.of(new FilePart("empty.txt", new byte[0])), 400));
    }

    private void appealConversation(List<Probe> probes, Fixture fixture) {
        String number = fixture.appeal();
        Map<String, String> customer = Map.of("X-Appeal-Token", fixture.token());
        String messages = "/api/appeals/" + number + "/messages";
        for (Map.Entry<String, String> bad : badTexts(20_001).entrySet()) {
            probes.add(jsonProbe("POST messages (customer)", bad.getKey() + " in body", "POST", messages, customer,
                    toJson(Map.of("body", bad.getValue())), 400));
            probes.add(jsonProbe("POST messages (staff)", bad.getKey() + " in body", "POST", messages,
                    Map.of("Authorization", basic(AGENT)), toJson(Map.of("body", bad.getValue(), "visibility",
                            "INTERNAL")), 400));
        }
        for (String visibility : List.of("1", "\"PUBLIC\"", "\"internal\"", "[]")) {
            probes.add(jsonProbe("POST messages (staff)", visibility.startsWith("[") ? "visibility as array"
                            : "all-at-once visibility,body", "POST", messages, Map.of("Authorization", basic(AGENT)),
                    "{\"visibility\": " + visibility + ", \"body\": \"\"}", 400));
        }
        probes.add(jsonProbe("POST messages", "body as number", "POST", messages, customer, "{\"body\": 5}", 400));
        probes.add(jsonProbe("POST messages", "broken JSON", "POST", messages, customer, "{\"body\": ", 400));
        probes.add(jsonProbe("POST messages", "wrong token", "POST", messages, Map.of("X-Appeal-Token", "wrong"),
                toJson(Map.of("body", "hello")), 404));
        probes.add(jsonProbe("POST messages", "unknown appeal", "POST", "/api/appeals/SD-0/messages", customer,
                toJson(Map.of("body", "hello")), 404));
        probes.add(new Probe("POST messages multipart", "no boundary", "POST", messages,
                Map.of("Content-Type", "multipart/form-data", "X-Appeal-Token", fixture.token()), bytes("body=x"),
                false, 400));
        probes.add(multipart("POST messages multipart", "NUL in body", messages, customer, Map.of("body", "x\u0000"),
                List.of(), 400));
        probes.add(new Probe("POST messages", "content type text/plain", "POST", messages,
                Map.of("Content-Type", "text/plain", "X-Appeal-Token", fixture.token()), bytes("hello"), false, 415));
        probes.add(jsonProbe("POST messages", "accepts only XML (valid body)", "POST", messages,
                Map.of("X-Appeal-Token", fixture.token(), "Accept", "application/xml"),
                toJson(Map.of("body", "hello")), 406));

        String priority = "/api/appeals/" + number + "/priority";
        Map<String, String> staff = Map.of("Authorization", basic(AGENT));
        probes.add(jsonProbe("PUT priority", "all-at-once urgency,impact", "PUT", priority, staff,
                "{\"urgency\": 1, \"impact\": \"SEVERE\"}", 400));
        probes.add(jsonProbe("PUT priority", "all-at-once urgency,impact", "PUT", priority, staff,
                "{\"urgency\": \"high\", \"impact\": 2}", 400));
        probes.add(jsonProbe("PUT priority", "impact as array", "PUT", priority, staff,
                "{\"urgency\": \"HIGH\", \"impact\": []}", 400));
        probes.add(jsonProbe("PUT priority", "broken JSON", "PUT", priority, staff, "{\"urgency\"", 400));
        probes.add(jsonProbe("PUT priority", "anonymous", "PUT", priority, null, "{\"urgency\": \"HIGH\"}", 401));
        probes.add(jsonProbe("PUT priority", "customer token only", "PUT", priority, customer,
                "{\"urgency\": \"HIGH\"}", 401));
        probes.add(new Probe("PUT priority", "content type text/plain", "PUT", priority,
                Map.of("Content-Type", "text/plain", "Authorization", basic(AGENT)), bytes("HIGH"), false, 415));

        probes.add(get("GET appeal", "wrong token", "/api/appeals/" + number, Map.of("X-Appeal-Token", "x"), 404));
        probes.add(get("GET appeal", "no token, anonymous", "/api/appeals/" + number, Map.of(), 0));
        probes.add(get("GET appeal", "number of 5,000 characters", "/api/appeals/" + "9".repeat(5000), customer, 0));
        probes.add(get("GET attachment", "id not a number", "/api/appeals/" + number + "/attachments/abc", customer,
                400));
        probes.add(get("GET attachment", "unknown id", "/api/appeals/" + number + "/attachments/999999999", customer,
                404));
        probes.add(get("GET attachment", "id beyond a long", "/api/appeals/" + number
                + "/attachments/99999999999999999999999", customer, 400));
        probes.add(jsonProbe("POST confirm", "wrong token", "POST", "/api/appeals/" + number + "/confirm",
                Map.of("X-Appeal-Token", "x"), "", 404));
        probes.add(jsonProbe("POST confirm", "appeal not resolved", "POST", "/api/appeals/" + number + "/confirm",
                customer, "", 409));
    }

    private void staffApi(List<Probe> probes, Fixture fixture) {
        Map<String, String> staff = Map.of("Authorization", basic(AGENT));
        Map<String, String> admin = Map.of("Authorization", basic(ADMIN));
        for (String query : List.of("from=yesterday", "from=2026-13-45", "to=2026-01-01&from=2026-02-01",
                "from=2020-01-01&to=2026-01-01", "from=%00", "from=2026-01-01T25:00:00Z")) {
            probes.add(get("GET /api/reports/sla", query, "/api/reports/sla?" + query, staff, 400));
        }
        probes.add(get("GET /api/reports/sla", "anonymous", "/api/reports/sla", Map.of(), 401));
        for (String limit : List.of("0", "-1", "abc", "100000", "1e3", "99999999999999999999")) {
            probes.add(get("GET /api/staff/notifications", "limit " + limit, "/api/staff/notifications?limit=" + limit,
                    staff, 400));
            probes.add(get("GET /api/staff/outbox", "limit " + limit, "/api/staff/outbox?limit=" + limit, staff, 400));
        }
        for (String status : List.of("NOPE", "failed", "1", "%00")) {
            probes.add(get("GET /api/staff/outbox", "status " + status, "/api/staff/outbox?status=" + status, staff,
                    400));
        }
        probes.add(jsonProbe("POST outbox retry", "id not a number", "POST", "/api/staff/outbox/abc/retry", staff, "",
                400));
        probes.add(jsonProbe("POST outbox retry", "unknown id", "POST", "/api/staff/outbox/999999999/retry", staff, "",
                404));

        // the customer directory
        String header = "login,company,language,project,project_name,region,contact_name,channel,address,owner\n";
        Map<String, String> csvs = new LinkedHashMap<>();
        csvs.put("owner maybe", header + "robust-a,Acme,EN,robust-p,Shop,ru-1,Ann,MAIL,ann@example.com,maybe\n");
        csvs.put("owner 2", header + "robust-a,Acme,EN,robust-p,Shop,ru-1,Ann,MAIL,ann@example.com,2\n");
        csvs.put("NUL in company", header + "robust-a,Ac\u0000me,EN,robust-p,Shop,ru-1,Ann,MAIL,ann@example.com,yes\n");
        csvs.put("NUL in contact name", header + "robust-a,Acme,EN,robust-p,Shop,ru-1,A\u0000nn,MAIL,ann@example.com,yes\n");
        csvs.put("NUL in project name", header
                + "robust-a,Acme,EN,robust-p,Sh\u0000op,ru-1,Ann,MAIL,ann@example.com,yes\n");
        csvs.put("company of 201 characters", header + "robust-a," + "c".repeat(201)
                + ",EN,robust-p,Shop,ru-1,Ann,MAIL,ann@example.com,yes\n");
        csvs.put("region of 51 characters", header + "robust-a,Acme,EN,robust-p,Shop," + "r".repeat(51)
                + ",Ann,MAIL,ann@example.com,yes\n");
        csvs.put("language XX", header + "robust-a,Acme,XX,robust-p,Shop,ru-1,Ann,MAIL,ann@example.com,yes\n");
        csvs.put("channel PHONE", header + "robust-a,Acme,EN,robust-p,Shop,ru-1,Ann,PHONE,ann@example.com,yes\n");
        csvs.put("telegram address not numeric", header + "robust-a,Acme,EN,robust-p,Shop,ru-1,Ann,TELEGRAM,@ann,yes\n");
        csvs.put("unknown column", "login,colour\nrobust-a,red\n");
        csvs.put("empty", "");
        csvs.put("header only, missing columns", "login,company\n");
        csvs.put("one good line, one bad", header + "robust-a,Acme,EN,robust-p,Shop,ru-1,Ann,MAIL,ann@example.com,yes\n"
                + "robust-b,Beta,EN,robust-q,Shop,ru-1,Bob,MAIL,bob@example.com,perhaps\n");
        for (Map.Entry<String, String> csv : csvs.entrySet()) {
            probes.add(new Probe("POST /api/customers/import", csv.getKey(), "POST", "/api/customers/import",
                    Map.of("Content-Type", "text/csv", "Authorization", basic(ADMIN)), bytes(csv.getValue()), false,
                    400));
        }
        probes.add(new Probe("POST /api/customers/import", "as JSON", "POST", "/api/customers/import",
                Map.of("Content-Type", "application/json", "Authorization", basic(ADMIN)), bytes("{}"), false, 415));
        probes.add(new Probe("POST /api/customers/import", "by a support agent", "POST", "/api/customers/import",
                Map.of("Content-Type", "text/csv", "Authorization", basic(AGENT)), bytes(header), false, 403));
        probes.add(get("GET /api/customers/{login}", "unknown", "/api/customers/nobody-" + System.nanoTime(), staff,
                404));

        // managed services (administrators may file)
        String requests = "/api/managed-services/requests";
        String validFiling = """
                {"company": "Acme", "contactName": "Ann", "contactEmail": "ann@example.com", "login": "acme",
                 "services": ["MONITORING"], "environment": {"vms": 10, "vcpu": 40, "ramGb": 160, "storageTb": 2,
                 "databases": 1, "k8sClusters": 0}, "desiredStart": "2027-01-01"}""";
        Map<String, String> filings = new LinkedHashMap<>();
        filings.put("all-at-once services[0],services[1]", validFiling.replace("[\"MONITORING\"]", "[7, \"NOPE\"]"));
        filings.put("no services", validFiling.replace("[\"MONITORING\"]", "[]"));
        filings.put("services as a string", validFiling.replace("[\"MONITORING\"]", "\"MONITORING\""));
        filings.put("negative VMs", validFiling.replace("\"vms\": 10", "\"vms\": -1"));
        filings.put("VMs as text", validFiling.replace("\"vms\": 10", "\"vms\": \"ten\""));
        filings.put("VMs beyond an int", validFiling.replace("\"vms\": 10", "\"vms\": 99999999999"));
        filings.put("environment missing", validFiling.replaceAll("\"environment\": \\{[^}]*}, ", ""));
        filings.put("bad e-mail", validFiling.replace("ann@example.com", "ann"));
        filings.put("NUL in company", validFiling.replace("\"Acme\"", "\"Ac\\u0000me\""));
        filings.put("broken surrogate in notes", validFiling.replace("\"desiredStart\"",
                "\"notes\": \"\\udfff\", \"desiredStart\""));
        filings.put("desired start not a date", validFiling.replace("2027-01-01", "next week"));
        filings.put("all-at-once language,company", validFiling.replace("\"Acme\"", "\"\"")
                .replace("\"login\"", "\"language\": 1, \"login\""));
        filings.put("company of 201 characters", validFiling.replace("\"Acme\"", "\"" + "a".repeat(201) + "\""));
        for (Map.Entry<String, String> filing : filings.entrySet()) {
            probes.add(jsonProbe("POST " + requests, filing.getKey(), "POST", requests, admin, filing.getValue(), 400));
        }
        probes.add(jsonProbe("POST " + requests, "by a support agent", "POST", requests, staff, validFiling, 403));
        probes.add(jsonProbe("POST " + requests, "accepts only XML (valid body)", "POST", requests,
                Map.of("Authorization", basic(ADMIN), "Accept", "application/xml"), validFiling, 406));
        String decision = requests + "/" + fixture.costRequest() + "/decision";
        for (String body : List.of("{\"accepted\": \"maybe\"}", "{\"accepted\": null}", "{}",
                "{\"accepted\": false, \"refusalReason\": \"no\\u0000\"}",
                "{\"accepted\": true, \"contractStart\": \"soon\"}", "[true]")) {
            probes.add(jsonProbe("POST decision", body, "POST", decision, admin, body, 400));
        }
        probes.add(jsonProbe("POST decision", "quote not issued yet", "POST", decision, admin,
                "{\"accepted\": true}", 409));
        probes.add(jsonProbe("POST decision", "unknown request", "POST", requests + "/MS-0/decision", admin,
                "{\"accepted\": true}", 404));
        probes.add(get("GET cost request", "unknown", requests + "/MS-0", admin, 404));
        probes.add(get("GET quote", "not issued yet", requests + "/" + fixture.costRequest() + "/quote.pdf", admin,
                404));

        // service notifications
        String validNotice = """
                {"type": "FAILURE", "service": "Object storage", "region": "ru-central-1", "title": "Storage slow",
                 "details": "Requests take seconds.", "projects": ["shop-prod"]}""";
        Map<String, String> notices = new LinkedHashMap<>();
        notices.put("all-at-once type,title", validNotice.replace("\"FAILURE\"", "1").replace("\"Storage slow\"", "\"\""));
        notices.put("all-at-once type,details", validNotice.replace("\"FAILURE\"", "\"OUTAGE\"")
                .replace("\"Requests take seconds.\"", "\" \""));
        notices.put("NUL in title", validNotice.replace("Storage slow", "Storage\\u0000 slow"));
        notices.put("broken surrogate in details", validNotice.replace("Requests take", "Requests \\ud83d take"));
        notices.put("NUL in a project", validNotice.replace("shop-prod", "shop\\u0000prod"));
        notices.put("project code with spaces", validNotice.replace("shop-prod", "shop prod"));
        notices.put("neither projects nor region", validNotice.replace("\"region\": \"ru-central-1\", ", "")
                .replace(", \"projects\": [\"shop-prod\"]", ""));
        notices.put("details of 8,001 characters", validNotice.replace("Requests take seconds.", "d".repeat(8001)));
        notices.put("projects as object", validNotice.replace("[\"shop-prod\"]", "{\"a\": 1}"));
        for (Map.Entry<String, String> notice : notices.entrySet()) {
            probes.add(jsonProbe("POST /api/notifications", notice.getKey(), "POST", "/api/notifications", admin,
                    notice.getValue(), 400));
        }
        probes.add(jsonProbe("POST /api/notifications", "by a support agent", "POST", "/api/notifications", staff,
                validNotice, 403));
        String link = "/api/notifications/" + fixture.notification() + "/appeals";
        for (String body : List.of("{\"appealNumber\": \"SD\\u0000\"}", "{}", "{\"appealNumber\": 5}",
                "{\"appealNumber\": \"" + "9".repeat(40) + "\"}")) {
            probes.add(jsonProbe("POST link appeal", body.length() > 40 ? "number too long" : body, "POST", link,
                    staff, body, body.contains(": 5") ? 0 : 400));
        }
        probes.add(get("GET /api/notifications/{n}", "unknown", "/api/notifications/SN-0", staff, 404));
        for (String token : List.of("nope", "a%00b", "")) {
            probes.add(new Probe("POST /notifications/ack", "token " + token, "POST", "/notifications/ack",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"), bytes("token=" + token), false, 404));
        }
        probes.add(get("/api/nope", "unknown address (staff)", "/api/nope", staff, 404));
        probes.add(get("/api/appeals", "GET on a POST-only address (staff)", "/api/appeals", staff, 405));
    }

    private void webhooks(List<Probe> probes) throws Exception {
        Map<String, String> telegram = Map.of("Content-Type", "application/json",
                "X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET);
        probes.add(new Probe("telegram", "no secret", "POST", "/webhooks/telegram",
                Map.of("Content-Type", "application/json"), bytes("{\"update_id\": 1}"), false, 401));
        probes.add(new Probe("telegram", "wrong secret", "POST", "/webhooks/telegram",
                Map.of("Content-Type", "application/json", "X-Telegram-Bot-Api-Secret-Token", "guess"),
                bytes("{\"update_id\": 1}"), false, 401));
        Map<String, String> telegramBodies = new LinkedHashMap<>();
        telegramBodies.put("not JSON", "hello");
        telegramBodies.put("array", "[]");
        telegramBodies.put("empty", "");
        telegramBodies.put("update_id as text", "{\"update_id\": \"abc\", \"message\": {\"text\": \"x\", \"chat\": {\"id\": 1}}}");
        telegramBodies.put("update_id of 5,000 digits", "{\"update_id\": " + "9".repeat(5000)
                + ", \"message\": {\"text\": \"x\", \"chat\": {\"id\": 1}}}");
        telegramBodies.put("chat id of 5,000 digits (beyond the JSON reader's number limit)",
                "{\"update_id\": 1, \"message\": {\"text\": \"x\", \"chat\": {\"id\": " + "1".repeat(5000) + "}}}");
        telegramBodies.put("update_id fractional", "{\"update_id\": 1.5, \"message\": {\"text\": \"x\", \"chat\": {\"id\": 1}}}");
        for (Map.Entry<String, String> body : telegramBodies.entrySet()) {
            probes.add(new Probe("telegram", body.getKey(), "POST", "/webhooks/telegram", telegram,
                    bytes(body.getValue()), false, 400));
        }
        // acknowledged (Telegram must not repeat them) but nothing is taken in: nobody could answer
        long id = 800_000_000L + System.nanoTime() % 100_000_000L;
        Map<String, String> unanswerable = new LinkedHashMap<>();
        unanswerable.put("message without chat", "{\"update_id\": %d, \"message\": {\"text\": \"VM down\"}}");
        unanswerable.put("chat id as text", "{\"update_id\": %d, \"message\": {\"text\": \"VM down\", \"chat\": {\"id\": \"abc\"}}}");
        unanswerable.put("chat id as object", "{\"update_id\": %d, \"message\": {\"text\": \"VM down\", \"chat\": {\"id\": {}}}}");
        unanswerable.put("chat id of 25 digits", "{\"update_id\": %d, \"message\": {\"text\": \"VM down\", \"chat\": {\"id\": "
                + "1".repeat(25) + "}}}");
        unanswerable.put("edited message only", "{\"update_id\": %d, \"edited_message\": {\"text\": \"x\", \"chat\": {\"id\": 5}}}");
        unanswerable.put("no update_id", "{\"message\": {\"text\": \"VM down\", \"chat\": {\"id\": 5}}}");
        for (Map.Entry<String, String> body : unanswerable.entrySet()) {
            probes.add(new Probe("telegram", body.getKey(), "POST", "/webhooks/telegram", telegram,
                    bytes(body.getValue().formatted(id++)), false, 200));
        }
        probes.add(new Probe("telegram", "method GET", "GET", "/webhooks/telegram", telegram, null, false, 405));

        Map<String, String> vk = Map.of("Content-Type", "application/json");
        Map<String, String> vkBodies = new LinkedHashMap<>();
        vkBodies.put("not JSON", "hello");
        vkBodies.put("no type", "{\"secret\": \"" + VK_SECRET + "\"}");
        vkBodies.put("empty", "");
        vkBodies.put("event_id of 5,000 characters", "{\"type\": \"message_new\", \"secret\": \"" + VK_SECRET
                + "\", \"event_id\": \"" + "e".repeat(5000) + "\", \"object\": {\"message\": {\"peer_id\": 5, \"text\": \"x\"}}}");
        vkBodies.put("event_id with NUL", "{\"type\": \"message_new\", \"secret\": \"" + VK_SECRET
                + "\", \"event_id\": \"e\\u0000\", \"object\": {\"message\": {\"peer_id\": 5, \"text\": \"x\"}}}");
        vkBodies.put("event_id with spaces", "{\"type\": \"message_new\", \"secret\": \"" + VK_SECRET
                + "\", \"event_id\": \"a b\", \"object\": {\"message\": {\"peer_id\": 5, \"text\": \"x\"}}}");
        for (Map.Entry<String, String> body : vkBodies.entrySet()) {
            probes.add(new Probe("vk", body.getKey(), "POST", "/webhooks/vk", vk, bytes(body.getValue()), false, 400));
        }
        probes.add(new Probe("vk", "wrong secret", "POST", "/webhooks/vk", vk,
                bytes("{\"type\": \"message_new\", \"secret\": \"guess\", \"object\": {}}"), false, 401));
        probes.add(new Probe("vk", "no secret", "POST", "/webhooks/vk", vk,
                bytes("{\"type\": \"message_new\", \"object\": {}}"), false, 401));
        for (String message : List.of("{\"text\": \"VM down\"}", "{\"peer_id\": \"abc\", \"text\": \"VM down\"}",
                "{\"peer_id\": {}, \"from_id\": [], \"text\": \"VM down\"}", "{\"peer_id\": 1e30, \"text\": \"VM down\"}")) {
            probes.add(new Probe("vk", "message without a usable peer: " + message, "POST", "/webhooks/vk", vk,
                    bytes("{\"type\": \"message_new\", \"secret\": \"" + VK_SECRET + "\", \"event_id\": \"ev"
                            + (id++) + "\", \"object\": {\"message\": " + message + "}}"), false, 200));
        }

        Map<String, String> fbBodies = new LinkedHashMap<>();
        fbBodies.put("not JSON", "hello");
        fbBodies.put("array", "[]");
        for (Map.Entry<String, String> body : fbBodies.entrySet()) {
            probes.add(signed(body.getKey(), body.getValue(), 400));
        }
        probes.add(new Probe("facebook", "no signature", "POST", "/webhooks/facebook",
                Map.of("Content-Type", "application/json"), bytes("{\"object\": \"page\"}"), false, 401));
        probes.add(new Probe("facebook", "wrong signature", "POST", "/webhooks/facebook",
                Map.of("Content-Type", "application/json", "X-Hub-Signature-256", "sha256=00"),
                bytes("{\"object\": \"page\"}"), false, 401));
        String event = "{\"object\": \"page\", \"entry\": [{\"id\": \"1\", \"time\": 1, \"messaging\": [%s]}]}";
        probes.add(signed("message without sender", event.formatted(
                "{\"recipient\": {\"id\": \"1\"}, \"message\": {\"mid\": \"m" + (id++) + "\", \"text\": \"VM down\"}}"), 200));
        probes.add(signed("sender id as text", event.formatted("{\"sender\": {\"id\": \"abc\"}, \"message\": {\"mid\": \"m"
                + (id++) + "\", \"text\": \"VM down\"}}"), 200));
        probes.add(signed("mid of 5,000 characters", event.formatted("{\"sender\": {\"id\": \"42\"}, \"message\": {\"mid\": \""
                + "m".repeat(5000) + "\", \"text\": \"VM down\"}}"), 200));
        probes.add(get("facebook verification", "wrong token", "/webhooks/facebook?hub.mode=subscribe"
                + "&hub.verify_token=guess&hub.challenge=1", Map.of(), 403));
        probes.add(get("facebook verification", "no challenge", "/webhooks/facebook?hub.mode=subscribe"
                + "&hub.verify_token=robust-verify", Map.of(), 403));
    }

    private void engineRest(List<Probe> probes) {
        Map<String, String> admin = Map.of("Authorization", basic(ADMIN));
        for (String resource : List.of("task", "history/process-instance", "process-instance", "deployment",
                "process-definition", "history/task", "incident", "job")) {
            for (String paging : List.of("firstResult=-5&maxResults=5", "maxResults=-7", "firstResult=abc&maxResults=1",
                    "maxResults=99999999999", "firstResult=1e3&maxResults=1", "maxResults=%00")) {
                probes.add(get("GET /engine-rest/" + resource, paging, "/engine-rest/" + resource + "?" + paging,
                        admin, 400));
            }
        }
        Map<String, byte[]> models = new LinkedHashMap<>();
        models.put("broken.bpmn", bytes("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><process id=\"x\""));
        models.put("broken.dmn", bytes("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"><decision"));
        models.put("binary.bpmn", new byte[] {0, 1, 2, 3, (byte) 0xFF});
        models.put("empty.bpmn", new byte[0]);
        models.put("doctype.bpmn", bytes("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;</definitions>"));
        models.put("text.bpmn", bytes("this is not xml at all"));
        for (Map.Entry<String, byte[]> model : models.entrySet()) {
            probes.add(multipart("POST /engine-rest/deployment/create", model.getKey(),
                    "/engine-rest/deployment/create", admin, Map.of("deployment-name", "robustness"),
                    List.of(new FilePart(model.getKey(), model.getValue())), 400));
        }
        probes.add(new Probe("POST /engine-rest/deployment/create", "no boundary", "POST",
                "/engine-rest/deployment/create", Map.of("Authorization", basic(ADMIN), "Content-Type",
                "multipart/form-data"), bytes("x"), false, 0));
        probes.add(multipart("POST /engine-rest/deployment/create", "by a support agent",
                "/engine-rest/deployment/create", Map.of("Authorization", basic(AGENT)), Map.of("deployment-name", "x"),
                List.of(new FilePart("x.bpmn", bytes("<x/>"))), 403));

        String phone = "/engine-rest/process-definition/key/phone-call/";
        Map<String, String> phoneBodies = new LinkedHashMap<>();
        phoneBodies.put("no variables", "{\"variables\": {}}");
        phoneBodies.put("missing fields", "{\"variables\": {\"login\": {\"value\": \"anna\"}}}");
        phoneBodies.put("NUL in description", "{\"variables\": {\"login\": {\"value\": \"anna\"}, \"project\": {\"value\": \"p\"},"
                + " \"callerName\": {\"value\": \"A\"}, \"subject\": {\"value\": \"s\"}, \"description\": {\"value\": \"d\\u0000\"}}}");
        phoneBodies.put("bad urgency", "{\"variables\": {\"login\": {\"value\": \"anna\"}, \"project\": {\"value\": \"p\"},"
                + " \"callerName\": {\"value\": \"A\"}, \"subject\": {\"value\": \"s\"}, \"description\": {\"value\": \"d\"},"
                + " \"urgency\": {\"value\": \"SEVERE\"}}}");
        phoneBodies.put("bad e-mail", "{\"variables\": {\"login\": {\"value\": \"anna\"}, \"project\": {\"value\": \"p\"},"
                + " \"callerName\": {\"value\": \"A\"}, \"subject\": {\"value\": \"s\"}, \"description\": {\"value\": \"d\"},"
                + " \"email\": {\"value\": \"anna at example\"}}}");
        for (Map.Entry<String, String> body : phoneBodies.entrySet()) {
            for (String call : List.of("submit-form", "start")) {
                probes.add(jsonProbe("POST " + phone + call, body.getKey(), "POST", phone + call, admin, body.getValue(),
                        400));
            }
        }
        for (String key : List.of("service-notification", "managed-services-request", "appeal")) {
            probes.add(jsonProbe("POST /engine-rest/process-definition/key/" + key + "/start", "no variables", "POST",
                    "/engine-rest/process-definition/key/" + key + "/start", admin, "{\"variables\": {}}", 400));
        }
        probes.add(jsonProbe("POST /engine-rest/process-definition/key/service-notification/start", "unknown type",
                "POST", "/engine-rest/process-definition/key/service-notification/start", admin,
                "{\"variables\": {\"type\": {\"value\": \"OUTAGE\"}, \"title\": {\"value\": \"t\"},"
                        + " \"details\": {\"value\": \"d\"}, \"region\": {\"value\": \"r\"}}}", 400));
        probes.add(jsonProbe("POST /engine-rest/process-definition/key/managed-services-request/start",
                "unknown service", "POST", "/engine-rest/process-definition/key/managed-services-request/start", admin,
                "{\"variables\": {\"company\": {\"value\": \"A\"}, \"contactName\": {\"value\": \"B\"},"
                        + " \"contactEmail\": {\"value\": \"c@d.e\"}, \"login\": {\"value\": \"x\"},"
                        + " \"services\": {\"value\": \"NOPE\"}}}", 400));
        probes.add(jsonProbe("POST start", "unknown process", "POST",
                "/engine-rest/process-definition/key/no-such-process/start", admin, "{}", 404));
        probes.add(jsonProbe("POST start", "broken JSON", "POST", phone + "start", admin, "{\"variables\": ", 400));
        probes.add(jsonProbe("POST start", "variable of an unknown type", "POST", phone + "start", admin,
                "{\"variables\": {\"x\": {\"value\": 1, \"type\": \"Martian\"}}}", 400));
        probes.add(new Probe("POST start", "content type text/plain", "POST", phone + "start",
                Map.of("Authorization", basic(ADMIN), "Content-Type", "text/plain"), bytes("x"), false, 415));
        probes.add(get("GET /engine-rest/task", "accepts only XML", "/engine-rest/task?maxResults=1",
                Map.of("Authorization", basic(ADMIN), "Accept", "application/xml"), 406));
        probes.add(new Probe("/engine-rest/task", "method PATCH", "PATCH", "/engine-rest/task",
                Map.of("Authorization", basic(ADMIN), "Content-Type", "application/json"), bytes("{}"), false, 405));
        probes.add(get("GET /engine-rest/task", "anonymous", "/engine-rest/task?maxResults=1", Map.of(), 401));
        probes.add(get("GET /engine-rest/task", "unknown user", "/engine-rest/task?maxResults=1",
                Map.of("Authorization", "Basic " + base64("nobody:wrong")), 401));
        probes.add(get("GET /engine-rest", "unknown resource", "/engine-rest/no-such-resource", admin, 404));
        probes.add(get("GET /engine-rest/task/{id}", "unknown task", "/engine-rest/task/no-such-task", admin, 404));
    }

    /** What Tomcat and the firewall refuse before any controller: sent byte for byte over a socket. */
    private void container(List<Probe> probes, Fixture fixture) {
        for (String path : List.of("/api/appeals/SD%00", "/api/appeals/%00/messages", "/engine-rest/task%00",
                "/webhooks/telegram%00", "/api/appeals/SD%2F1", "/api/appeals%2F..%2Fcustomers", "/../api/appeals",
                "/api/../../etc/passwd", "/api/appeals/%2e%2e/%2e%2e/x", "/api/appeals;jsessionid=1",
                "/api//appeals", "/api/appeals/%5C..%5Cx", "/api/%25%32%65", "/engine-rest/..;/camunda",
                "/api/appeals/\u00e9", "/api/appeals/%ff%fe", "/api/appeals/SD-1%0d%0aX-Injected:%201")) {
            probes.add(raw("container", "path " + path, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n", 400));
        }
        probes.add(raw("container", "X-Appeal-Token of 10,000 characters", "GET /api/appeals/" + fixture.appeal()
                + " HTTP/1.1\r\nHost: localhost\r\nX-Appeal-Token: " + "t".repeat(10_000) + "\r\nConnection: close\r\n\r\n",
                400));
        probes.add(raw("container", "200 headers", "GET /api/appeals/" + fixture.appeal() + " HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Filler: y\r\n".repeat(200) + "X-Big: " + "b".repeat(8000) + "\r\nConnection: close\r\n\r\n", 400));
        probes.add(raw("container", "control character in a header", "GET /api/appeals/" + fixture.appeal()
                + " HTTP/1.1\r\nHost: localhost\r\nX-Appeal-Token: a\u0001b\r\nConnection: close\r\n\r\n", 400));
        probes.add(raw("container", "request line of 20,000 characters", "GET /api/appeals/" + "a".repeat(20_000)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 400));
        probes.add(raw("container", "invalid method token", "G@T /api/appeals HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n", 400));
        probes.add(raw("container", "no Host header", "GET /api/appeals/" + fixture.appeal()
                + " HTTP/1.1\r\nConnection: close\r\n\r\n", 400));
        probes.add(raw("container", "Content-Length not a number", "POST /api/appeals HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: abc\r\nConnection: close\r\n\r\n{}", 400));
        probes.add(raw("container", "two different Content-Lengths", "POST /api/appeals HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{}",
                400));
        probes.add(raw("container", "chunked body with a broken chunk", "POST /api/appeals HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
                400));
    }

    // --- fixture and checks ----------------------------------------------------------------------

    record Fixture(String appeal, String token, String costRequest, String notification) {
    }

    private Fixture fixture() throws Exception {
        Answer appeal = send(jsonProbe("fixture", "appeal", "POST", "/api/appeals", Map.of("Authorization", basic(AGENT)),
                """
                        {"channel": "FEEDBACK_FORM", "email": "robust@example.com", "login": "robust",
                         "project": "shop-prod", "subject": "Instances unreachable",
                         "description": "All instances stopped answering on port 443."}""", 201));
        JsonNode created = json.readTree(appeal.body());
        Answer request = send(jsonProbe("fixture", "cost request", "POST", "/api/managed-services/requests",
                Map.of("Authorization", basic(ADMIN)), """
                        {"company": "Robust Ltd", "contactName": "Ann", "contactEmail": "ann@example.com",
                         "login": "robust", "services": ["MONITORING"], "environment": {"vms": 1, "vcpu": 2,
                         "ramGb": 4, "storageTb": 0, "databases": 0, "k8sClusters": 0}}""", 201));
        Answer notification = send(jsonProbe("fixture", "notification", "POST", "/api/notifications",
                Map.of("Authorization", basic(ADMIN)), """
                        {"type": "FAILURE", "region": "robust-region-%d", "title": "Storage slow",
                         "details": "Requests take seconds."}""".formatted(System.nanoTime()), 201));
        assertThat(List.of(appeal.status(), request.status(), notification.status()))
                .as(appeal.body() + request.body() + notification.body()).containsOnly(201);
        return new Fixture(created.path("number").asText(), created.path("accessToken").asText(),
                json.readTree(request.body()).path("number").asText(),
                json.readTree(notification.body()).path("number").asText());
    }

    /** Rows of every table of ours, and of the engine's tables a refused request could have written. */
    private Map<String, Long> rowCounts() {
        List<String> tables = new ArrayList<>(jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
                  AND table_name NOT LIKE 'act\\_%' AND table_name <> 'flyway_schema_history'""")
                .query(String.class).list());
        tables.addAll(List.of("act_hi_procinst", "act_ru_execution", "act_ru_variable", "act_ru_task",
                "act_re_deployment", "act_re_procdef", "act_ge_bytearray", "act_hi_varinst", "act_ru_job",
                "act_hi_op_log", "act_id_user"));
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private Map<String, Object> appealState(String number) {
        return jdbc.sql("""
                SELECT a.status, a.priority, a.urgency, a.impact, a.resolution_due_at,
                       (SELECT COUNT(*) FROM appeal_message m WHERE m.appeal_id = a.id) AS messages
                FROM appeal a WHERE a.appeal_number = :n""").param("n", number).query().singleRow();
    }

    private void report(List<Answer> answers) throws IOException {
        Map<Integer, Long> histogram = new TreeMap<>(answers.stream()
                .collect(Collectors.groupingBy(Answer::status, Collectors.counting())));
        Map<String, Long> doors = new TreeMap<>(answers.stream()
                .collect(Collectors.groupingBy(a -> a.probe().door().replaceAll(" \\(.*\\)$", ""), Collectors.counting())));
        StringBuilder text = new StringBuilder("# Malformed input on PostgreSQL\n\n")
                .append(answers.size()).append(" inputs; status histogram: ").append(histogram).append("\n\n")
                .append("| door | inputs |\n|---|---|\n");
        doors.forEach((door, count) -> text.append("| ").append(door).append(" | ").append(count).append(" |\n"));
        text.append("\n| door | input | status |\n|---|---|---|\n");
        for (Answer answer : answers) {
            text.append("| ").append(answer.probe().door()).append(" | ")
                    .append(abbreviate(answer.probe().kind()).replace("|", "\\|")).append(" | ").append(answer.status())
                    .append(" |\n");
        }
        System.out.println(answers.size() + " malformed inputs, status histogram " + histogram);
        Path out = Path.of("target", "robustness", "malformed-inputs.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    // --- sending ---------------------------------------------------------------------------------

    private Answer send(Probe probe) throws IOException, InterruptedException {
        if (probe.raw()) {
            return sendRaw(probe);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + probe.target()))
                .timeout(Duration.ofSeconds(60))
                .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        probe.headers().forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(probe, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers().firstValue("Retry-After").orElse(null));
    }

    private Answer sendRaw(Probe probe) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(probe.body());
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            try {
                in.transferTo(received);
            } catch (IOException resetAfterAnswer) {
                // Tomcat may close the connection before reading the rest of a refused request
            }
            String text = received.toString(StandardCharsets.UTF_8);
            int headerEnd = text.indexOf("\r\n\r\n");
            String head = headerEnd < 0 ? text : text.substring(0, headerEnd);
            String body = headerEnd < 0 ? "" : text.substring(headerEnd + 4);
            int status = head.startsWith("HTTP/1.1 ") ? Integer.parseInt(head.substring(9, 12)) : -1;
            String contentType = "";
            boolean chunked = false;
            for (String line : head.split("\r\n")) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = line.substring(13).strip();
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            return new Answer(probe, status, contentType, chunked ? dechunk(body) : body, null);
        }
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, lineEnd + 2, Math.min(body.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }

    // --- building inputs -------------------------------------------------------------------------

    /** The texts no field may take: each as a JSON string's content (escapes kept for the JSON writer). */
    private static Map<String, String> badTexts(int tooLong) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("NUL", "before\u0000after");
        texts.put("only NUL", "\u0000");
        texts.put("lone high surrogate", "ab\ud800cd");
        texts.put("lone low surrogate", "\udc00");
        texts.put("too long", "x".repeat(tooLong));
        return texts;
    }

    private Probe jsonProbe(String door, String kind, String method, String target, Map<String, String> headers,
                            String body, int expected) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Content-Type", "application/json");
        if (headers != null) {
            all.putAll(headers);
        }
        return new Probe(door, kind, method, target, all, bytes(body), false, expected);
    }

    private static Probe get(String door, String kind, String target, Map<String, String> headers, int expected) {
        return new Probe(door, kind, "GET", target, headers, null, false, expected);
    }

    private static Probe raw(String door, String kind, String request, int expected) {
        return new Probe(door, kind, "RAW", "", Map.of(), request.getBytes(StandardCharsets.UTF_8), true, expected);
    }

    private Probe signed(String kind, String body, int expected) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(FACEBOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        StringBuilder hex = new StringBuilder("sha256=");
        for (byte b : mac.doFinal(bytes(body))) {
            hex.append(String.format("%02x", b));
        }
        return new Probe("facebook", kind, "POST", "/webhooks/facebook",
                Map.of("Content-Type", "application/json", "X-Hub-Signature-256", hex.toString()), bytes(body), false,
                expected);
    }

    record FilePart(String name, byte[] content) {
    }

    private static Probe multipart(String door, String kind, String target, Map<String, String> headers,
                                   Map<String, String> fields, List<FilePart> files, int expected) {
        String boundary = "----robust-form-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n")));
        String fileField = target.contains("deployment") ? "data" : "attachments";
        int index = 0;
        for (FilePart file : files) {
            body.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + (target.contains("deployment") ? fileField + index++ : fileField) + "\"; filename=\"" + file.name()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
            body.writeBytes(file.content());
            body.writeBytes(bytes("\r\n"));
        }
        body.writeBytes(bytes("--" + boundary + "--\r\n"));
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (headers != null) {
            all.putAll(headers);
        }
        return new Probe(door, kind, "POST", target, all, body.toByteArray(), false, expected);
    }

    /** Non-ASCII as JSON escapes, so a lone surrogate reaches the server as one (UTF-8 has no form for it). */
    private String toJson(Map<String, ?> body) {
        try {
            return json.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII)
                    .writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String basic(String user) {
        return "Basic " + base64(user + ":" + PASSWORD);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(bytes(text));
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String shown = text.replaceAll("[\\p{Cntrl}]", "?");
        return shown.length() > 160 ? shown.substring(0, 160) + "..." : shown;
    }
}
