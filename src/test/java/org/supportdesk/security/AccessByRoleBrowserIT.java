package org.supportdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.supportdesk.BrowserSession;
import org.supportdesk.workspace.TasklistUi;

/**
 * Each role finds its own work in Tasklist, in a headless Chromium: the duty engineer's "Post update
 * or resolve" in the duty filter, the sales representative's cost request in "My cost requests" while
 * presales qualify it, and an agent's start list with the phone call only. Screenshots in
 * {@code target/screenshots/access-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:access-browser;DB_CLOSE_DELAY=-1"})
@DirtiesContext
class AccessByRoleBrowserIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("access");

    private final ChromeDriver driver = browser.driver();
    private final WebDriverWait wait = browser.newWait();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    private TasklistUi ui;

    @BeforeEach
    void tasklistSteps() {
        ui = new TasklistUi(driver, wait, port);
    }

    @Test
    void dutyEngineerFindsTheUpdateTaskInTheNotificationsFilter() {
        ResponseEntity<JsonNode> filed = http.withBasicAuth("duty", "duty").postForEntity("/api/notifications",
                json("""
                        {"type": "FAILURE", "service": "Object storage", "region": "ru-central-1", "projects": [],
                         "title": "Object storage answers 503", "details": "Uploads fail with 503 since 10:05 UTC.",
                         "recommendations": "Retry uploads with backoff."}"""), JsonNode.class);
        assertThat(filed.getStatusCode()).as("%s", filed.getBody()).isEqualTo(HttpStatus.CREATED);

        ui.logIn("duty");
        assertThat(ui.filterNames(names -> !names.isEmpty()))
                .containsExactlyInAnyOrder(TaskFilters.MY_TASKS, TaskFilters.NOTIFICATIONS);
        ui.openFilter(TaskFilters.NOTIFICATIONS);
        ui.waitForTaskInList("Post update or resolve");
        browser.capture("access-duty-notifications");
    }

    @Test
    void salesFollowTheirCostRequestWhilePresalesQualifyIt() {
        ResponseEntity<JsonNode> filed = http.withBasicAuth("sales", "sales").postForEntity(
                "/api/managed-services/requests", json("""
                        {"company": "ООО «Ромашка»", "contactName": "Анна Смирнова",
                         "contactEmail": "anna@romashka.example", "login": "romashka",
                         "services": ["MONITORING"], "environment": {"vms": 4}, "language": "RU"}"""),
                JsonNode.class);
        assertThat(filed.getStatusCode()).as("%s", filed.getBody()).isEqualTo(HttpStatus.CREATED);

        ui.logIn("sales");
        ui.openFilter(TaskFilters.MY_COST_REQUESTS);
        ui.waitForTaskInList("Qualify request");
        browser.capture("access-sales-my-cost-requests");
    }

    @Test
    void agentIsOfferedThePhoneCallOnly() {
        ui.logIn("agent");
        ui.openStartProcessDialog();
        List<String> offered = ui.startableProcesses();
        browser.capture("access-agent-start-list");
        assertThat(offered).containsExactly("Register phone call");
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
