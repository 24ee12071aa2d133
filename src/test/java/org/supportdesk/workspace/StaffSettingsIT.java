package org.supportdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A staff member's own time zone through the workspace API: read and chosen by the caller alone,
 * validated, the desk's zone for everyone who chose none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:staff-settings;DB_CLOSE_DELAY=-1",
        "supportdesk.staff.time-zone=Europe/Moscow"})
@DirtiesContext
class StaffSettingsIT {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void forgetChosenZones() {
        for (String user : new String[] {"agent", "engineer", "sales", "modeler"}) {
            identity.deleteUserInfo(user, StaffZones.USER_INFO_KEY);
        }
    }

    @Test
    void aStaffMemberChoosesTheirOwnZoneAndOthersKeepTheDesks() {
        assertThat(settings("engineer")).isEqualTo(new Expected("Europe/Moscow", false));

        ResponseEntity<JsonNode> chosen = put("engineer", "{\"timeZone\": \"Asia/Novosibirsk\"}");
        assertThat(chosen.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(chosen.getBody().path("timeZone").asText()).isEqualTo("Asia/Novosibirsk");
        assertThat(chosen.getBody().path("deskTimeZone").asText()).isEqualTo("Europe/Moscow");
        assertThat(chosen.getBody().path("ownTimeZone").asBoolean()).isTrue();

        assertThat(settings("engineer")).isEqualTo(new Expected("Asia/Novosibirsk", true));
        // per user: the agent and sales still read the desk's zone
        assertThat(settings("agent")).isEqualTo(new Expected("Europe/Moscow", false));
        assertThat(settings("sales")).isEqualTo(new Expected("Europe/Moscow", false));

        // sales (not support) may choose theirs too, without touching the engineer's
        assertThat(put("sales", "{\"timeZone\": \"UTC\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(settings("sales")).isEqualTo(new Expected("UTC", true));
        assertThat(settings("engineer")).isEqualTo(new Expected("Asia/Novosibirsk", true));

        // empty: back to the desk's
        ResponseEntity<JsonNode> cleared = put("engineer", "{\"timeZone\": \"\"}");
        assertThat(cleared.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(settings("engineer")).isEqualTo(new Expected("Europe/Moscow", false));
        assertThat(put("sales", "{\"timeZone\": null}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(settings("sales")).isEqualTo(new Expected("Europe/Moscow", false));
    }

    @Test
    void aZoneThatIsNoZoneIsRefusedAndNothingChanges() {
        put("agent", "{\"timeZone\": \"Asia/Yekaterinburg\"}");
        for (String bad : new String[] {"\"Mars/Olympus_Mons\"", "\"+07:00\"", "\"GMT+7\"", "\"asia/novosibirsk\"",
                "\"" + "Europe/Moscow".repeat(10) + "\"", "7", "[\"UTC\"]"}) {
            ResponseEntity<JsonNode> refused = put("agent", "{\"timeZone\": " + bad + "}");
            assertThat(refused.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType()).as(bad)
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getBody().path("title").asText()).as(bad).isNotBlank();
            assertThat(refused.getBody().path("errors").findValuesAsText("field")).as(bad).containsExactly("timeZone");
        }
        ResponseEntity<JsonNode> notJson = put("agent", "{\"timeZone\": ");
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notJson.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(settings("agent")).isEqualTo(new Expected("Asia/Yekaterinburg", true));
    }

    @Test
    void onlySignedInStaffReadOrChooseAndATasklistLoginNeedsItsCsrfToken() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Requested-With", "XMLHttpRequest");
        HttpEntity<String> body = new HttpEntity<>("{\"timeZone\": \"UTC\"}", headers);
        assertThat(http.exchange("/api/workspace/settings", HttpMethod.PUT, body, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // (another user: a failed sign-in delays that user's next ones)
        assertThat(http.withBasicAuth("duty", "wrong").exchange("/api/workspace/settings", HttpMethod.PUT, body,
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(settings("agent")).isEqualTo(new Expected("Europe/Moscow", false));
        assertThat(identity.getUserInfo("duty", StaffZones.USER_INFO_KEY)).isNull();

        WebappSession agent = WebappSession.signIn(port, "agent", "agent");
        HttpResponse<String> forged = agent.put("/api/workspace/settings", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"timeZone\": \"UTC\"}"), false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(settings("agent")).isEqualTo(new Expected("Europe/Moscow", false));

        HttpResponse<String> chosen = agent.put("/api/workspace/settings", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"timeZone\": \"Asia/Novosibirsk\"}"), true);
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        HttpResponse<String> read = agent.get("/api/workspace/settings");
        assertThat(json.readTree(read.body()).path("timeZone").asText()).isEqualTo("Asia/Novosibirsk");
        assertThat(settings("agent")).isEqualTo(new Expected("Asia/Novosibirsk", true));
    }

    /**
     * Staff who do not use Tasklist (modelers: Cockpit only) choose their zone with their Cockpit login,
     * with its CSRF token; that login opens nothing else of the workspace API.
     */
    @Test
    void aCockpitLoginReadsAndChoosesItsOwnZoneAndNothingElse() throws Exception {
        WebappSession modeler = WebappSession.signIn(port, "modeler", "modeler", "cockpit");
        HttpResponse<String> read = modeler.get("/api/workspace/settings");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(json.readTree(read.body()).path("timeZone").asText()).isEqualTo("Europe/Moscow");

        HttpResponse<String> forged = modeler.put("/api/workspace/settings", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"timeZone\": \"UTC\"}"), false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(identity.getUserInfo("modeler", StaffZones.USER_INFO_KEY)).isNull();

        HttpResponse<String> chosen = modeler.put("/api/workspace/settings", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"timeZone\": \"Asia/Novosibirsk\"}"), true);
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        assertThat(identity.getUserInfo("modeler", StaffZones.USER_INFO_KEY)).isEqualTo("Asia/Novosibirsk");
        assertThat(json.readTree(modeler.get("/api/workspace/settings").body()).path("ownTimeZone").asBoolean())
                .isTrue();

        // the rest of the workspace API still wants a Tasklist login
        assertThat(modeler.get("/api/workspace/cards").statusCode()).isEqualTo(401);
    }

    record Expected(String timeZone, boolean own) {
    }

    private Expected settings(String user) {
        ResponseEntity<JsonNode> answer = http.withBasicAuth(user, user).getForEntity("/api/workspace/settings",
                JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().path("deskTimeZone").asText()).isEqualTo("Europe/Moscow");
        return new Expected(answer.getBody().path("timeZone").asText(), answer.getBody().path("ownTimeZone").asBoolean());
    }

    private ResponseEntity<JsonNode> put(String user, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).exchange("/api/workspace/settings", HttpMethod.PUT,
                new HttpEntity<>(body, headers), JsonNode.class);
    }
}
