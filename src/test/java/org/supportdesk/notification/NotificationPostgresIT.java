package org.supportdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.supportdesk.customer.CustomerImport;

/**
 * Proactive notifications on PostgreSQL (settings as in docker-compose.yml): a notice to 1,000
 * owners of a region fanned out through the outbox and delivered by SMTP to GreenMail, one owner's
 * acknowledgement, no second fan-out, and four eyes for a security threat.
 */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "DB_URL=jdbc:postgresql://127.0.0.1:5432/test",
        "DB_USER=postgres",
        "DB_PASSWORD=",
        "ADMIN_USER=it-admin",
        "ADMIN_PASSWORD=Str0ng!Desk-Passphrase",
        "MAIL_FROM=support@desk.test",
        "SMTP_HOST=127.0.0.1",
        "PUBLIC_URL=https://desk.example.com",
        "supportdesk.outbox.poll-interval=PT0.1S",
        "supportdesk.outbox.batch-size=200"})
@DirtiesContext
class NotificationPostgresIT {

    private static final String DUTY = "sn-it-duty";
    private static final String SECOND_DUTY = "sn-it-duty-2";
    private static final String AGENT = "sn-it-agent";
    private static final String PASSWORD = "Notice!Desk-2026-Passphrase";
    private static final int OWNERS = 1000;

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("SMTP_PORT", () -> MAIL.getSmtp().getPort());
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    CustomerImport importer;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void staff() {
        org.supportdesk.OutboxLeftovers.settle(jdbc);
        user(DUTY, "duty-engineers");
        user(SECOND_DUTY, "duty-engineers");
        user(AGENT, "support-l1");
    }

    @Test
    void onlyDutyEngineersFileNotifications() {
        String body = notice("FAILURE", "region-" + run);

        assertThat(http.postForEntity("/api/notifications", json(body), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth(AGENT, PASSWORD).postForEntity("/api/notifications", json(body), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> bad = http.withBasicAuth(DUTY, PASSWORD).postForEntity("/api/notifications",
                json("{\"type\": \"OUTAGE\", \"title\": \"\"}"), JsonNode.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/notifications/SN-1", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aFailureReachesAThousandOwnersOnceAndTheirAcknowledgementsAreRecorded() {
        String region = "bench-" + run;
        StringBuilder csv = new StringBuilder("login,company,language,project,region,contact_name,channel,address\n");
        for (int i = 0; i < OWNERS; i++) {
            csv.append("c").append(i).append('-').append(run).append(",Co ").append(i).append(',')
                    .append(i % 2 == 0 ? "RU" : "EN").append(",p").append(i).append('-').append(run).append(',')
                    .append(region).append(",Owner ").append(i).append(",MAIL,owner").append(i).append("@n")
                    .append(run).append(".example\n");
        }
        importer.importCsv(csv.toString());
        Runtime jvm = Runtime.getRuntime();
        long heapBefore = jvm.totalMemory() - jvm.freeMemory();

        long started = System.nanoTime();
        ResponseEntity<JsonNode> filed = http.withBasicAuth(DUTY, PASSWORD).postForEntity("/api/notifications",
                json(notice("FAILURE", region)), JsonNode.class);
        long fannedOut = System.nanoTime();
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = filed.getBody().path("number").asText();
        long heapAfter = jvm.totalMemory() - jvm.freeMemory();

        assertThat(outbox(number, null)).isEqualTo(OWNERS);
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> outbox(number, "SENT") == OWNERS);
        long delivered = System.nanoTime();
        assertThat(MAIL.getReceivedMessagesForDomain("n" + run + ".example")).hasSize(OWNERS);
        System.out.printf("Fan-out of %d notices: queued in %d ms (request to 201), delivered by SMTP in %d ms;"
                        + " heap used before %d MB, after queueing %d MB%n", OWNERS, (fannedOut - started) / 1_000_000,
                (delivered - fannedOut) / 1_000_000, heapBefore >> 20, heapAfter >> 20);

        // the fan-out runs once: a second one (a retried job) fails on the recipients' unique key and adds nothing
        assertThatThrownBy(() -> notifications.sendToOwners(number)).isInstanceOf(RuntimeException.class);
        assertThat(outbox(number, null)).isEqualTo(OWNERS);

        String body = jdbc.sql("SELECT body FROM outbox_message WHERE reference = :n ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .param("n", number).query(String.class).single();
        Matcher link = Pattern.compile("https://desk\\.example\\.com/notifications/ack\\?token=(\\S+)").matcher(body);
        assertThat(link.find()).isTrue();
        String token = java.net.URLDecoder.decode(link.group(1), java.nio.charset.StandardCharsets.UTF_8);
        // opening the link (a preview, a scanner) confirms nothing
        assertThat(http.getForEntity("/notifications/ack?token={t}", String.class, token).getBody())
                .contains("<form method=\"post\"");
        assertThat(show(number).path("acknowledged").asInt()).isZero();
        assertThat(ack(token).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ack(token).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ack("not-a-token").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode shown = show(number);
        assertThat(shown.path("recipients").asInt()).isEqualTo(OWNERS);
        assertThat(shown.path("acknowledged").asInt()).isEqualTo(1);
        assertThat(shown.path("status").asText()).isEqualTo("SENT");

        Task update = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("UserTask_PostUpdate").singleResult();
        tasks.claim(update.getId(), DUTY);
        tasks.complete(update.getId(), Map.of("updateText", "Storage is back; no data was lost.", "resolved", "YES"));
        assertThat(show(number).path("status").asText()).isEqualTo("RESOLVED");
        assertThat(outbox(number, null)).isEqualTo(2L * OWNERS);
    }

    @Test
    void aSecurityThreatGoesOutOnlyAfterASecondDutyEngineerApproves() {
        String region = "sec-" + run;
        importer.importCsv("login,language,project,region,contact_name,channel,address\n"
                + "sec-" + run + ",EN,sec-" + run + "-web," + region + ",Owner,MAIL,owner@sec" + run + ".example\n");
        ResponseEntity<JsonNode> filed = http.withBasicAuth(DUTY, PASSWORD).postForEntity("/api/notifications",
                json(notice("SECURITY_THREAT", region)), JsonNode.class);
        String number = filed.getBody().path("number").asText();
        assertThat(outbox(number, null)).isZero();

        Task approve = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("UserTask_ApproveNoticeText").singleResult();
        assertThatThrownBy(() -> tasks.claim(approve.getId(), DUTY)).hasMessageContaining("cannot approve");
        tasks.claim(approve.getId(), SECOND_DUTY);
        tasks.complete(approve.getId(), Map.of("approval", "APPROVED"));

        JsonNode shown = show(number);
        assertThat(shown.path("approvedBy").asText()).isEqualTo(SECOND_DUTY);
        assertThat(shown.path("reportedBy").asText()).isEqualTo(DUTY);
        assertThat(outbox(number, null)).isEqualTo(1);
    }

    @Test
    void appealsAboutTheEventAreLinkedAndAnsweredWithItsUpdates() {
        String region = "link-" + run;
        importer.importCsv("login,language,project,region,contact_name,channel,address\n"
                + "link-" + run + ",EN,link-" + run + "-db," + region + ",Owner,MAIL,owner@link" + run + ".example\n");
        String number = http.withBasicAuth(DUTY, PASSWORD).postForEntity("/api/notifications",
                json(notice("FAILURE", region)), JsonNode.class).getBody().path("number").asText();
        String appeal = http.postForEntity("/api/appeals", json("""
                {"channel": "FEEDBACK_FORM", "login": "link-%s", "email": "dev@link.example",
                 "description": "Uploads to our bucket fail since 10:00"}""".formatted(run)), JsonNode.class)
                .getBody().path("number").asText();

        HttpEntity<String> link = json("{\"appealNumber\": \"" + appeal + "\"}");
        assertThat(http.withBasicAuth(AGENT, PASSWORD).postForEntity("/api/notifications/{n}/appeals", link,
                String.class, number).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(http.withBasicAuth(AGENT, PASSWORD).postForEntity("/api/notifications/{n}/appeals", link,
                String.class, number).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Task update = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("UserTask_PostUpdate").singleResult();
        tasks.complete(update.getId(), Map.of("updateText", "Writes work again.", "resolved", "YES"));

        assertThat(show(number).path("linkedAppeals").toString()).contains(appeal);
        assertThat(jdbc.sql("""
                SELECT m.body FROM appeal_message m JOIN appeal a ON a.id = m.appeal_id
                WHERE a.appeal_number = :n AND m.kind = 'REPLY' ORDER BY m.id""")
                .param("n", appeal).query(String.class).list())
                .satisfiesExactly(first -> assertThat(first).contains("Object storage degraded", "Retry uploads"),
                        last -> assertThat(last).contains("is resolved", "Writes work again."));
        assertThat(jdbc.sql("SELECT first_answered_at FROM appeal WHERE appeal_number = :n").param("n", appeal)
                .query(java.time.OffsetDateTime.class).single()).isNotNull();
    }

    private JsonNode show(String number) {
        ResponseEntity<JsonNode> shown = http.withBasicAuth(AGENT, PASSWORD)
                .getForEntity("/api/notifications/{n}", JsonNode.class, number);
        assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
        return shown.getBody();
    }

    private ResponseEntity<String> ack(String token) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", token);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.postForEntity("/notifications/ack", new HttpEntity<>(form, headers), String.class);
    }

    private long outbox(String number, String status) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE reference = :n"
                        + (status == null ? "" : " AND status = :status"))
                .param("n", number).param("status", status == null ? "" : status).query(Long.class).single();
    }

    private static String notice(String type, String region) {
        return """
                {"type": "%s", "service": "Object Storage", "region": "%s",
                 "title": "Object storage degraded", "details": "Writes to buckets fail for some clients.",
                 "recommendations": "Retry uploads; check your backups."}""".formatted(type, region);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private void user(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }
}
