package org.supportdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A process modeler changes the SLA table in Camunda Modeler and deploys it through the engine's
 * REST API: the next appeal gets the new deadlines, with no code change and no restart.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sla-change;DB_CLOSE_DELAY=-1"})
class SlaChangeByModelerIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void aRedeployedSlaDecisionChangesTheDeadlinesOfTheNextAppeal() throws Exception {
        JsonNode before = telegramAppeal();
        assertThat(window(before, "firstResponseDueAt")).isEqualTo(Duration.ofMinutes(15));

        String table = Files.readString(Path.of("processes/sla.dmn"));
        String faster = table.replace(
                "<outputEntry id=\"rule-telegram-high-first\"><text>\"PT15M\"</text></outputEntry>",
                "<outputEntry id=\"rule-telegram-high-first\"><text>\"PT5M\"</text></outputEntry>");
        assertThat(faster).isNotEqualTo(table);

        assertThat(deploy("agent", "agent", faster).getStatusCode()).as("agents may not deploy")
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> deployed = deploy("modeler", "modeler", faster);
        assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);

        JsonNode after = telegramAppeal();
        assertThat(window(after, "firstResponseDueAt")).isEqualTo(Duration.ofMinutes(5));
        assertThat(window(after, "resolutionDueAt")).isEqualTo(window(before, "resolutionDueAt"));
    }

    private ResponseEntity<JsonNode> deploy(String user, String password, String dmn) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "sla.dmn");
        form.add("deployment-source", "modeler");
        form.add("sla.dmn", new HttpEntity<>(new ByteArrayResource(dmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "sla.dmn";
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, password).postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(form, headers), JsonNode.class);
    }

    private JsonNode telegramAppeal() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("agent", "agent");
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> answer = http.postForEntity("/api/appeals", new HttpEntity<>(Map.of(
                "channel", "TELEGRAM", "description", "Object storage returns 403 for a public bucket since noon.",
                "urgency", "HIGH", "impact", "MEDIUM"), headers), JsonNode.class);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.getBody().path("priority").asText()).isEqualTo("HIGH");
        return answer.getBody();
    }

    /** Window of a deadline: due time minus received time, read back from the staff view. */
    private Duration window(JsonNode created, String deadline) {
        JsonNode appeal = http.withBasicAuth("agent", "agent")
                .getForEntity("/api/appeals/" + created.path("number").asText(), JsonNode.class).getBody();
        return Duration.between(Instant.parse(appeal.path("receivedAt").asText()),
                Instant.parse(appeal.path(deadline).asText()));
    }
}
