package org.supportdesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The calls the benchmark makes, all through the desk's public HTTP API and /engine-rest. */
final class DeskApi {

    static final String ADMIN = "bench-admin";
    static final String ADMIN_PASSWORD = "Str0ng!Bench-Passphrase";
    static final String AGENT = "bench-agent";
    static final String AGENT_PASSWORD = "Tr1age!Lists-Passphrase";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final int PAGE = 1000;
    private static final String[] URGENCY = {"LOW", "MEDIUM"};
    private static final String[] IMPACT = {"LOW", "MEDIUM", "HIGH"};

    private final HttpClient http;
    private final String baseUrl;

    DeskApi(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    /** The i-th customer's appeal through the feedback form, half of them in Russian. */
    HttpRequest newAppeal(int i) {
        ObjectNode body = JSON.createObjectNode()
                .put("channel", "FEEDBACK_FORM")
                .put("login", "client" + (i % 2000))
                .put("project", "project-" + (i % 50))
                .put("email", "client" + (i % 2000) + "@bench.example")
                .put("urgency", URGENCY[i % URGENCY.length])
                .put("impact", IMPACT[i % IMPACT.length]);
        if (i % 2 == 0) {
            body.put("subject", "Виртуальная машина vm-" + i + " не отвечает")
                    .put("description", "После плановой перезагрузки виртуальная машина vm-" + i
                            + " не отвечает по SSH и по HTTP. В консоли видна загрузка ядра, сеть не поднимается. "
                            + "Проверили группы безопасности, правила не менялись. Прошу проверить хост.");
        } else {
            body.put("subject", "Load balancer lb-" + i + " returns 502")
                    .put("description", "Since this morning the load balancer lb-" + i
                            + " answers 502 for about a third of the requests. The backends are healthy in the "
                            + "console and answer directly. Nothing was changed on our side. Please check.");
        }
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/appeals"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
    }

    HttpRequest queuePage(String filterId) {
        return get("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15", AGENT, AGENT_PASSWORD);
    }

    void createAgent() throws IOException, InterruptedException {
        if (send(get("/engine-rest/user/" + AGENT + "/profile", ADMIN, ADMIN_PASSWORD)).statusCode() == 200) {
            return;
        }
        ObjectNode user = JSON.createObjectNode();
        user.putObject("profile").put("id", AGENT).put("firstName", "Queue").put("lastName", "Reader")
                .put("email", "queue.reader@bench.example");
        user.putObject("credentials").put("password", AGENT_PASSWORD);
        expect(204, send(post("/engine-rest/user/create", user.toString())));
        expect(204, send(withAdmin(HttpRequest.newBuilder(uri("/engine-rest/group/support-l1/members/" + AGENT))
                .PUT(HttpRequest.BodyPublishers.noBody()))));
    }

    String filterId(String name) throws IOException, InterruptedException {
        JsonNode filters = json(expect(200, send(get("/engine-rest/filter?firstResult=0&maxResults=10&name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), ADMIN, ADMIN_PASSWORD))));
        if (filters.size() != 1) {
            throw new IllegalStateException("no single filter named " + name + ": " + filters);
        }
        return filters.get(0).get("id").asText();
    }

    /** Deploys a decision the way a modeler does from Camunda Modeler. */
    void deploy(String fileName, String xml) throws IOException, InterruptedException {
        String boundary = "bench-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbenchmark " + fileName + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + fileName + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + xml + "\r\n"
                + "--" + boundary + "--\r\n";
        expect(200, send(withAdmin(HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)))));
    }

    long historicActivityCount(String activityId) throws IOException, InterruptedException {
        return json(expect(200, send(get("/engine-rest/history/activity-instance/count?activityId=" + activityId,
                ADMIN, ADMIN_PASSWORD)))).get("count").asLong();
    }

    record Dated(String processInstanceId, Instant at) {
    }

    /** Due dates of the timer jobs of one activity that ran, from the job log. */
    List<Dated> executedTimerDueDates(String timerActivityId) throws IOException, InterruptedException {
        return pages("/engine-rest/history/job-log?successLog=true&activityIdIn=" + timerActivityId, "jobDueDate");
    }

    /** Start times of one activity, from the activity history. */
    List<Dated> activityStarts(String activityId) throws IOException, InterruptedException {
        return pages("/engine-rest/history/activity-instance?activityId=" + activityId, "startTime");
    }

    private List<Dated> pages(String path, String dateField) throws IOException, InterruptedException {
        List<Dated> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            JsonNode page = json(expect(200, send(get(path + "&firstResult=" + first + "&maxResults=" + PAGE,
                    ADMIN, ADMIN_PASSWORD))));
            for (JsonNode row : page) {
                all.add(new Dated(row.get("processInstanceId").asText(),
                        OffsetDateTime.parse(row.get(dateField).asText(), ENGINE_DATE).toInstant()));
            }
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    private HttpRequest get(String path, String user, String password) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .header("Authorization", basic(user, password)).timeout(Duration.ofSeconds(60)).GET().build();
    }

    private HttpRequest post(String path, String json) {
        return withAdmin(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest withAdmin(HttpRequest.Builder builder) {
        return builder.header("Authorization", basic(ADMIN, ADMIN_PASSWORD)).timeout(Duration.ofSeconds(60)).build();
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
