package org.supportdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;
import static org.supportdesk.workspace.TasklistUi.taskLink;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
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
import org.supportdesk.BrowserSession;
import org.supportdesk.security.AccessModel;
import org.supportdesk.workspace.TasklistUi;

/**
 * Staff work an appeal in Camunda Tasklist, in a headless Chromium: the appeal comes in over the
 * public API, the agent finds it in the shared queue, claims and triages it, works on it and
 * resolves it through the Camunda Forms, and the customer then sees the reply but not the
 * internal note. The appeal itself is read in the workspace's Appeal tab, the decisions in the forms.
 *
 * <p>Screenshots (and the page source) of each step and of any failure are kept in
 * {@code target/screenshots}. The browser is the system's Chromium with its matching driver; the
 * test never downloads one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tasklist-browser;DB_CLOSE_DELAY=-1",
        "supportdesk.intake-rate-limit.requests-per-minute=1000"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistBrowserIT {

    /** A demo user of each group that works in Tasklist (password = user id in the default profile). */
    private static final Map<String, String> TASKLIST_USERS = Map.of("agent", "support-l1", "engineer", "support-l2",
            "lead", "support-leads", "head", "support-management", "sales", "sales", "presales", "managed-services",
            "saleslead", "sales-leads", "duty", "duty-engineers");

    private static final String DESCRIPTION = "All instances in shop-prod stopped answering on port 443 at 10:05 UTC.";
    private static final String REPLY = "The security group of shop-prod lost its rule for port 443 at 10:04 UTC;"
            + " we restored it and the instances answer again.";
    private static final String INTERNAL_NOTE = "Rule removed by an automation run of the customer, see audit log.";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("tasklist").failuresNamed("failure-");

    private final ChromeDriver driver = browser.driver();
    private final WebDriverWait wait = browser.newWait();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    private static boolean welcomeProbeChecked;

    private TasklistUi ui;

    @BeforeEach
    void tasklistSteps() {
        ui = new TasklistUi(driver, wait, port);
    }

    @Test
    @Order(1)
    void everyTasklistGroupLogsInAndSeesTheFiltersOfItsRole() {
        for (String user : TASKLIST_USERS.keySet()) {
            logIn(user);
            List<String> expected = AccessModel.ROLES.stream()
                    .filter(role -> role.group().equals(TASKLIST_USERS.get(user)))
                    .findFirst().orElseThrow().filters();
            assertThat(ui.filterNames(names -> names.containsAll(expected))).as("filters shown to %s", user)
                    .containsExactlyInAnyOrderElementsOf(expected);
            if (user.equals("agent")) {
                browser.capture("00-filters");
            }
            logOut();
        }
    }

    @Test
    @Order(2)
    void agentTriagesWorksAndResolvesAnAppealInTasklist() {
        JsonNode created = postAppeal();
        String number = created.path("number").asText();

        logIn("agent");
        browser.capture("01-login");

        // the shared queue, nearest deadline first
        ui.openFilter("Support queue by deadline");
        ui.waitForTaskInList("Triage appeal");
        browser.capture("02-queue");
        openTask("Triage appeal", number);

        // the Appeal tab shows the appeal as it is now; the decisions are in the form
        String appealTab = driver.findElement(By.cssSelector(".sd-workspace")).getText();
        assertThat(appealTab).contains(DESCRIPTION, "shop-prod", "olga", "olga@example.com", "Resolution");
        ui.claim("Anna Agent");
        showForm();
        ui.selectOption("Category", "Resource diagnostics");
        ui.selectOption("Urgency", "High");
        ui.selectOption("Impact", "Medium");
        ui.chooseRadio("Accept: in scope, start work");
        browser.capture("03-triage-form");
        ui.complete();

        // the agent who triaged keeps the appeal: the work task is already theirs
        ui.waitForTaskInList("Work on appeal");
        ui.openFilter("My appeals");
        openTask("Work on appeal", number);
        assertThat(driver.findElements(By.cssSelector("button.claim"))).as("claim button").isEmpty();
        assertThat(driver.findElement(By.cssSelector("li.assignee")).getText()).contains("Anna Agent");
        assertThat(driver.findElement(By.cssSelector(".sd-workspace")).getText()).contains(DESCRIPTION);
        showForm();
        ui.type("Reply to the customer", REPLY);
        ui.type("Internal note", INTERNAL_NOTE);
        ui.chooseRadio("Resolve the appeal");
        assertThat(ui.fieldValue("Reply to the customer")).isEqualTo(REPLY);
        browser.capture("04-work-form");
        ui.complete();

        wait.until(visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'no-task') and contains(normalize-space(.),'Select a task in the list.')]")));
        wait.until(invisibilityOfElementLocated(taskLink("Work on appeal")));
        browser.capture("05-done");

        JsonNode view = getAsCustomer(number, created.path("accessToken").asText());
        assertThat(view.path("status").asText()).isEqualTo("RESOLVED");
        List<String> bodies = new ArrayList<>();
        view.path("messages").forEach(message -> bodies.add(message.path("body").asText()));
        assertThat(bodies).contains(REPLY);
        assertThat(bodies).noneMatch(body -> body.contains(INTERNAL_NOTE));
    }

    // --- the public API ---

    private JsonNode postAppeal() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        Map<String, String> body = Map.of("channel", "FEEDBACK_FORM", "email", "olga@example.com", "login", "olga",
                "project", "shop-prod", "subject", "Instances unreachable", "description", DESCRIPTION,
                "urgency", "HIGH", "impact", "MEDIUM");
        ResponseEntity<JsonNode> response = http.postForEntity("/api/appeals", new HttpEntity<>(body, headers),
                JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode created = response.getBody();
        assertThat(created).isNotNull();
        assertThat(created.path("number").asText()).startsWith("SD-");
        assertThat(created.path("resolutionDueAt").asText()).isNotEmpty();
        assertThat(created.path("accessToken").asText()).isNotEmpty();
        return created;
    }

    private JsonNode getAsCustomer(String number, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Appeal-Token", token);
        ResponseEntity<JsonNode> response = http.exchange("/api/appeals/" + number, HttpMethod.GET,
                new HttpEntity<>(headers), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).isNotNull();
        return response.getBody();
    }

    // --- Tasklist ---

    private void logIn(String user) {
        avoidBasicAuthDialog();
        ui.logIn(user);
    }

    /** Ends the webapp session of whoever is logged in (its cookie is all the browser keeps). */
    private void logOut() {
        driver.manage().deleteAllCookies();
    }

    /**
     * Camunda's login page asks {@code GET /camunda-welcome} on a browser's first visit. A Basic
     * challenge there would open the browser's own login dialog over the page (and a headless
     * browser would then take no key strokes or clicks), so it must never carry one.
     */
    private void avoidBasicAuthDialog() {
        if (welcomeProbeChecked) {
            return;
        }
        welcomeProbeChecked = true;
        HttpResponse<Void> probe;
        try {
            probe = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda-welcome")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(probe.headers().firstValue("WWW-Authenticate"))
                .as("GET /camunda-welcome answered %s with a Basic challenge", probe.statusCode())
                .isEmpty();
    }

    /** Opens the task of that name whose Appeal tab shows the appeal's number. */
    private void openTask(String taskName, String number) {
        ui.waitForTaskInList(taskName);
        int candidates = driver.findElements(taskLink(taskName)).size();
        for (int i = 0; i < candidates; i++) {
            WebElement link = driver.findElements(taskLink(taskName)).get(i);
            String taskId = link.getDomAttribute("href").replaceFirst(".*task=([^&]+).*", "$1");
            ui.click(link);
            wait.until(driver -> driver.getCurrentUrl().contains(taskId));
            wait.until(textToBePresentInElementLocated(By.cssSelector(".task-details h2.task"), taskName));
            // Tasklist keeps the tab last chosen; the appeal is on the Appeal tab
            ui.tab("Appeal");
            if (shownAppeal(taskId).equals(number)) {
                return;
            }
        }
        throw new AssertionError("No task '" + taskName + "' for appeal " + number + " among " + candidates);
    }

    /** Waits for the Appeal tab of this task to show its appeal, and answers the appeal's number. */
    private String shownAppeal(String taskId) {
        return wait.until(driver -> {
            ui.failOnErrorNotification();
            List<WebElement> shown = driver.findElements(By.cssSelector(".sd-workspace[data-task-id='" + taskId
                    + "'] .sd-title .sd-number"));
            return shown.isEmpty() || shown.get(0).getText().isBlank() ? null : shown.get(0).getText().trim();
        });
    }

    /** The form tab: the decisions of the task. */
    private void showForm() {
        ui.tab("Form");
        ui.waitForForm();
    }
}
