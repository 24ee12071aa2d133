package org.supportdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Prometheus's view of the desk: the scrape user (made from SCRAPE_USER/SCRAPE_PASSWORD) reads
 * {@code /actuator/prometheus} and nothing else; the SLA, intake, outbox, escalation, job executor and
 * connection pool series are there and move with a real appeal; every metric the Grafana dashboard
 * reads is one the application exposes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:prometheus-scrape;DB_CLOSE_DELAY=-1",
        "supportdesk.monitoring.scrape-user=" + PrometheusScrapeIT.SCRAPE_USER,
        "supportdesk.monitoring.scrape-password=" + PrometheusScrapeIT.SCRAPE_PASSWORD})
// Spring Boot's tests switch metrics export off unless asked for
@AutoConfigureObservability(tracing = false)
@DirtiesContext
class PrometheusScrapeIT {

    static final String SCRAPE_USER = "prometheus";
    static final String SCRAPE_PASSWORD = "Scrape!Metrics-2026";
    private static final String SCRAPER = SCRAPE_USER + ":" + SCRAPE_PASSWORD;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    @Test
    void onlyTheScrapeUserAndAdministratorsReadTheMetrics() throws Exception {
        assertThat(identity.createUserQuery().userId(SCRAPE_USER).memberOfGroup("monitoring").count()).isOne();

        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "agent:agent").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", "lead:lead").statusCode()).isEqualTo(403);
        HttpResponse<String> admin = get("/actuator/prometheus", "admin:admin");
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);

        HttpResponse<String> scrape = get("/actuator/prometheus", SCRAPER);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));

        // the scrape user reads nothing else: no other endpoint, no API, no engine data
        assertThat(get("/actuator/metrics", SCRAPER).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/env", SCRAPER).statusCode()).isIn(403, 404);
        assertThat(get("/api/reports/sla", SCRAPER).statusCode()).isEqualTo(403);
        assertThat(get("/api/staff/outbox?status=FAILED", SCRAPER).statusCode()).isEqualTo(403);
        HttpResponse<String> engine = get("/engine-rest/process-definition?firstResult=0&maxResults=50", SCRAPER);
        assertThat(engine.statusCode()).isEqualTo(200);
        assertThat(json.readTree(engine.body())).isEmpty();

        // last: after a failed attempt Camunda locks the user for a few seconds
        assertThat(get("/actuator/prometheus", SCRAPE_USER + ":wrong-password").statusCode()).isEqualTo(401);
    }

    @Test
    void slaSeriesFollowAnAppealFromIntakeToResolution() throws Exception {
        String before = scrape();
        double received = sum(before, "supportdesk_appeals_received_total", Map.of("channel", "FEEDBACK_FORM"));
        double firstAnswers = sum(before, "supportdesk_appeals_first_answer_seconds_count",
                Map.of("channel", "FEEDBACK_FORM", "sla", "met"));
        double resolutions = sum(before, "supportdesk_appeals_resolution_seconds_count",
                Map.of("channel", "FEEDBACK_FORM", "sla", "met"));

        String number = postAppeal();
        String open = scrapeAfterCache();
        assertThat(sum(open, "supportdesk_appeals_received_total", Map.of("channel", "FEEDBACK_FORM")))
                .isEqualTo(received + 1);
        assertThat(sum(open, "supportdesk_appeals_open",
                Map.of("status", "OPEN", "channel", "FEEDBACK_FORM", "priority", "HIGH"))).isGreaterThanOrEqualTo(1);
        assertThat(sum(open, "supportdesk_appeals_overdue", Map.of("deadline", "first_answer"))).isZero();

        HttpResponse<String> reply = post("/api/appeals/" + number + "/messages", "agent:agent",
                "{\"body\": \"We are looking at the load balancer.\"}");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        resolve(number);

        String after = scrape();
        assertThat(sum(after, "supportdesk_appeals_first_answer_seconds_count",
                Map.of("channel", "FEEDBACK_FORM", "sla", "met"))).isEqualTo(firstAnswers + 1);
        assertThat(sum(after, "supportdesk_appeals_resolution_seconds_count",
                Map.of("channel", "FEEDBACK_FORM", "sla", "met"))).isEqualTo(resolutions + 1);
    }

    @Test
    void outboxEscalationJobAndPoolSeriesAreThereFromTheStart() throws Exception {
        String scrape = scrape();

        assertThat(series(scrape, "supportdesk_outbox_messages", Map.of("status", "FAILED", "channel", "MAIL")))
                .isOne();
        assertThat(series(scrape, "supportdesk_outbox_delivered_total", Map.of("channel", "TELEGRAM"))).isOne();
        for (String level : List.of("1", "2", "3")) {
            assertThat(series(scrape, "supportdesk_escalations_total", Map.of("level", level))).isOne();
            assertThat(series(scrape, "supportdesk_appeals_escalated", Map.of("level", level))).isOne();
        }
        assertThat(series(scrape, "supportdesk_appeals_overdue",
                Map.of("deadline", "resolution", "channel", "VK", "priority", "CRITICAL"))).isOne();
        assertThat(series(scrape, "supportdesk_jobs_due", Map.of())).isOne();
        assertThat(series(scrape, "supportdesk_jobs_timer_lateness_seconds", Map.of())).isOne();
        assertThat(series(scrape, "executor_active_threads", Map.of("name", "camundaTaskExecutor"))).isOne();
        assertThat(series(scrape, "hikaricp_connections_active", Map.of())).isPositive();
        assertThat(series(scrape, "supportdesk_appeals_open", Map.of("application", "support-desk"))).isPositive();
    }

    @Test
    void everyMetricOfTheDashboardIsExposed() throws Exception {
        // an appeal answered and resolved, and an HTTP request served, so the timers exist
        String number = postAppeal();
        post("/api/appeals/" + number + "/messages", "agent:agent", "{\"body\": \"Looking into it.\"}");
        resolve(number);
        Set<String> exposed = exposedNames(scrape());

        Set<String> read = GrafanaDashboardTest.metricNames(GrafanaDashboardTest.dashboard());
        assertThat(read).hasSizeGreaterThan(15);
        assertThat(exposed).containsAll(read);
    }

    private String postAppeal() throws Exception {
        HttpResponse<String> created = post("/api/appeals", null, """
                {"channel": "FEEDBACK_FORM", "email": "ops@example.com", "login": "ops", "project": "shop-prod",
                 "subject": "Load balancer drops connections",
                 "description": "The load balancer of shop-prod drops every second connection since noon.",
                 "urgency": "HIGH", "impact": "MEDIUM"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).path("number").asText();
    }

    /** Triage accepts, the work task resolves; the engine runs the delegates as the agent, as in Tasklist. */
    private void resolve(String number) {
        identity.setAuthentication("agent", List.of("support-l1"));
        try {
            Task triage = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
            tasks.claim(triage.getId(), "agent");
            tasks.complete(triage.getId(), Map.of("triageDecision", "ACCEPT", "category", "RESOURCE_DIAGNOSTICS",
                    "urgency", "HIGH", "impact", "MEDIUM"));
            Task work = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
            tasks.complete(work.getId(), Map.of("workOutcome", "RESOLVE", "reply", "Fixed the health check."));
        } finally {
            identity.clearAuthentication();
        }
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", SCRAPER);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The gauges read the database at most every ten seconds; wait for a scrape that sees the new appeal. */
    private String scrapeAfterCache() {
        AtomicReference<String> scrape = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            scrape.set(scrape());
            return sum(scrape.get(), "supportdesk_appeals_open",
                    Map.of("status", "OPEN", "channel", "FEEDBACK_FORM", "priority", "HIGH")) >= 1;
        });
        return scrape.get();
    }

    /** Sum of the series of {@code name} carrying every one of {@code labels}. */
    static double sum(String scrape, String name, Map<String, String> labels) {
        return lines(scrape, name, labels).stream()
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    static long series(String scrape, String name, Map<String, String> labels) {
        return lines(scrape, name, labels).size();
    }

    private static List<String> lines(String scrape, String name, Map<String, String> labels) {
        return scrape.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> labels.entrySet().stream()
                        .allMatch(label -> line.contains(label.getKey() + "=\"" + label.getValue() + "\"")))
                .toList();
    }

    static Set<String> exposedNames(String scrape) {
        Set<String> names = new TreeSet<>();
        scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0])
                .forEach(names::add);
        return names;
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        return http.send(authorized(request, credentials).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String credentials, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return http.send(authorized(request, credentials).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String credentials) {
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }
}
