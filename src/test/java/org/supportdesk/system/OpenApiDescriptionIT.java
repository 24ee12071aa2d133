package org.supportdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The OpenAPI description that the desk serves at {@code /v3/api-docs} must equal the committed
 * {@code docs/openapi.json}: a controller that changes without the description following fails here.
 * After a deliberate change of the API, refresh the copy and review its diff:
 * <pre>
 * ./mvnw verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=OpenApiDescriptionIT -Dopenapi.refresh=true
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:openapi;DB_CLOSE_DELAY=-1")
@DirtiesContext
class OpenApiDescriptionIT {

    static final Path COMMITTED = Path.of("docs/openapi.json");
    private static final Path GENERATED = Path.of("target/openapi.json");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void servedDescriptionEqualsTheCommittedOne() throws Exception {
        HttpResponse<String> served = get("/v3/api-docs", "agent:agent");
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        String generated = canonical(JSON.readTree(served.body()));
        Files.createDirectories(GENERATED.getParent());
        Files.writeString(GENERATED, generated);
        if (Boolean.getBoolean("openapi.refresh")) {
            Files.writeString(COMMITTED, generated);
        }

        assertThat(COMMITTED).as("the committed description; create it with -Dopenapi.refresh=true").exists();
        JsonNode committed = JSON.readTree(COMMITTED.toFile());
        JsonNode current = JSON.readTree(generated);
        if (!committed.equals(current)) {
            fail("The API changed but " + COMMITTED + " did not follow. Differences at: " + differences(committed,
                    current, "") + ". The served description is in " + GENERATED + "; after reviewing `diff "
                    + COMMITTED + " " + GENERATED + "`, refresh the copy with ./mvnw verify -Dtest=NoSuchTest"
                    + " -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=OpenApiDescriptionIT -Dopenapi.refresh=true");
        }
    }

    @Test
    void descriptionCoversOurApiAndWebhooksOnly() throws Exception {
        JsonNode description = JSON.readTree(get("/v3/api-docs", "agent:agent").body());

        assertThat(description.path("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        description.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/appeals", "/api/appeals/{number}", "/api/appeals/{number}/messages",
                "/api/reports/sla", "/api/staff/outbox", "/webhooks/telegram", "/webhooks/vk", "/webhooks/facebook",
                "/api/managed-services/requests", "/notifications/ack");
        assertThat(paths).allMatch(path -> path.startsWith("/api/") || path.startsWith("/webhooks/")
                || path.startsWith("/notifications/"));
        assertThat(description.path("components").path("securitySchemes").path("staff").path("scheme").asText())
                .isEqualTo("basic");
        // every operation says who may call it
        description.path("paths").forEach(item -> item.forEach(operation ->
                assertThat(operation.path("security").isArray()).as("%s", operation).isTrue()));
    }

    @Test
    void descriptionIsForStaffOnly() throws Exception {
        assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(401);
        assertThat(get("/v3/api-docs.yaml", null).statusCode()).isEqualTo(401);
        assertThat(get("/v3/api-docs", "sales:sales").statusCode()).isEqualTo(200);
        assertThat(get("/v3/api-docs.yaml", "modeler:modeler").statusCode()).isEqualTo(200);
    }

    private static String canonical(JsonNode node) throws Exception {
        return JSON.writeValueAsString(JSON.treeToValue(node, Object.class)) + "\n";
    }

    /** The JSON paths where the two differ, at most a dozen. */
    private static List<String> differences(JsonNode expected, JsonNode actual, String at) {
        List<String> found = new ArrayList<>();
        collect(expected, actual, at.isEmpty() ? "$" : at, found);
        return found.size() > 12 ? found.subList(0, 12) : found;
    }

    private static void collect(JsonNode expected, JsonNode actual, String at, List<String> found) {
        if (expected.equals(actual) || found.size() > 12) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!expected.has(name) || !actual.has(name)) {
                    found.add(at + "." + name + (expected.has(name) ? " (gone)" : " (new)"));
                } else {
                    collect(expected.get(name), actual.get(name), at + "." + name, found);
                }
            }
            return;
        }
        found.add(at);
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
