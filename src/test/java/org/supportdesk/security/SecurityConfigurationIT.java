package org.supportdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:security;DB_CLOSE_DELAY=-1")
@DirtiesContext
class SecurityConfigurationIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;


    @Test
    void engineRestNeedsCamundaLogin() throws Exception {
        // paged: with queryMaxResultsLimit set, Camunda refuses unbounded lists of an authenticated user
        String definitions = "/engine-rest/process-definition?firstResult=0&maxResults=50";
        assertThat(get(definitions, null).statusCode()).isEqualTo(401);
        HttpResponse<String> admin = get(definitions, "admin:admin");
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        assertThat(get(definitions, "admin:wrong").statusCode()).isEqualTo(401);
        assertThat(get(definitions, "agent:agent").statusCode()).isEqualTo(200);
    }

    @Test
    void healthIsPublic() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void otherActuatorEndpointsAreForAdmins() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/metrics", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM_JSON));
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"support-desk\"");
        assertThat(anonymous.body()).contains("\"status\":401", "\"title\":\"Unauthorized\"", "\"type\"",
                "\"detail\"");

        HttpResponse<String> agent = get("/actuator/metrics", "agent:agent");
        assertThat(agent.statusCode()).isEqualTo(403);
        assertThat(agent.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM_JSON));
        assertThat(agent.body()).contains("\"status\":403", "\"title\":\"Forbidden\"");

        assertThat(get("/actuator/metrics", "admin:admin").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordIsRefusedEvenOnPublicPaths() throws Exception {
        // a user of its own: after a failed attempt Camunda locks the user for a few seconds
        HttpResponse<String> response = get("/actuator/health", "head:wrong");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM_JSON));
    }

    @Test
    void unknownPathsAreDenied() throws Exception {
        assertThat(get("/nonexistent", null).statusCode()).isIn(401, 403);
        assertThat(get("/nonexistent", "agent:agent").statusCode()).isEqualTo(403);
    }

    @Test
    void apiNeedsAStaffLogin() throws Exception {
        assertThat(get("/api/some-staff-endpoint", null).statusCode()).isEqualTo(401);
        // past security (no such endpoint), so not 401 or 403
        assertThat(get("/api/some-staff-endpoint", "agent:agent").statusCode()).isNotIn(401, 403);
    }

    @Test
    void rootLeadsToTheWebapps() throws Exception {
        HttpResponse<String> response = get("/", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/camunda/app/"));
    }

    @Test
    void webappsServeTheirOwnLogin() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(response.body()).containsIgnoringCase("tasklist");
    }

    private HttpResponse<String> get(String path, String credentials) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (credentials != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
