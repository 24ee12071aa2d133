package org.supportdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.or;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
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
import org.supportdesk.HeadlessChromium;
import org.supportdesk.security.AccessModel;

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

    private static final Duration TIMEOUT = HeadlessChromium.TIMEOUT;

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

    @Test
    @Order(1)
    void everyTasklistGroupLogsInAndSeesTheFiltersOfItsRole() {
        for (String user : TASKLIST_USERS.keySet()) {
            logIn(user, user);
            List<String> expected = AccessModel.ROLES.stream()
                    .filter(role -> role.group().equals(TASKLIST_USERS.get(user)))
                    .findFirst().orElseThrow().filters();
            assertThat(filterNames(expected)).as("filters shown to %s", user).containsExactlyInAnyOrderElementsOf(expected);
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

        logIn("agent", "agent");
        browser.capture("01-login");

        // the shared queue, nearest deadline first
        openFilter("Support queue by deadline");
        waitForTaskInList("Triage appeal");
        browser.capture("02-queue");
        openTask("Triage appeal", number);

        // the Appeal tab shows the appeal as it is now; the decisions are in the form
        String appealTab = driver.findElement(By.cssSelector(".sd-workspace")).getText();
        assertThat(appealTab).contains(DESCRIPTION, "shop-prod", "olga", "olga@example.com", "Resolution");
        claim();
        showForm();
        selectOption("Category", "Resource diagnostics");
        selectOption("Urgency", "High");
        selectOption("Impact", "Medium");
        chooseRadio("Accept: in scope, start work");
        browser.capture("03-triage-form");
        complete();

        // the agent who triaged keeps the appeal: the work task is already theirs
        waitForTaskInList("Work on appeal");
        openFilter("My appeals");
        openTask("Work on appeal", number);
        assertThat(driver.findElements(By.cssSelector("button.claim"))).as("claim button").isEmpty();
        assertThat(driver.findElement(By.cssSelector("li.assignee")).getText()).contains("Anna Agent");
        assertThat(driver.findElement(By.cssSelector(".sd-workspace")).getText()).contains(DESCRIPTION);
        showForm();
        type("Reply to the customer", REPLY);
        type("Internal note", INTERNAL_NOTE);
        chooseRadio("Resolve the appeal");
        assertThat(fieldValue("Reply to the customer")).isEqualTo(REPLY);
        browser.capture("04-work-form");
        complete();

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

    // --- Tasklist: login and filters ---

    private String tasklistUrl() {
        return "http://localhost:" + port + "/camunda/app/tasklist/";
    }

    private void logIn(String user, String password) {
        avoidBasicAuthDialog();
        logOut();
        driver.get(tasklistUrl());
        wait.until(visibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
        fill(By.cssSelector("form[name=signinForm] input[ng-model=username]"), user);
        fill(By.cssSelector("form[name=signinForm] input[ng-model=password]"), password);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        wait.until(or(visibilityOfElementLocated(By.cssSelector(".task-filter")),
                visibilityOfElementLocated(By.cssSelector(".page-notifications .alert-danger"))));
        assertThat(driver.findElements(By.cssSelector(".page-notifications .alert-danger")))
                .as("login notifications of %s", user).isEmpty();
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

    @SuppressWarnings("unchecked")
    private List<String> filterNames(List<String> expected) {
        return wait.until(driver -> {
            // the name without the task counter that Tasklist adds to the open filter
            List<String> names = (List<String>) ((JavascriptExecutor) driver).executeScript(
                    "return Array.from(document.querySelectorAll('.task-filter h4.name > a'))"
                            + ".map(a => a.firstChild.textContent.trim());");
            return names != null && names.containsAll(expected) ? names : null;
        });
    }

    private void openFilter(String name) {
        By filter = By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(.),"
                + literal(name) + ")]");
        click(wait.until(elementToBeClickable(filter)));
        wait.until(visibilityOfElementLocated(By.xpath("//div[contains(@class,'task-filter') and contains(@class,'active')]"
                + "//h4[contains(@class,'name')]/a[contains(normalize-space(.)," + literal(name) + ")]")));
    }

    // --- Tasklist: tasks ---

    private static By taskLink(String taskName) {
        return By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]//h4[contains(@class,'task')]/a[normalize-space(.)="
                + literal(taskName) + "]");
    }

    private void waitForTaskInList(String taskName) {
        wait.until(driver -> {
            failOnErrorNotification();
            return driver.findElements(taskLink(taskName)).stream().anyMatch(WebElement::isDisplayed);
        });
    }

    /** Opens the task of that name whose Appeal tab shows the appeal's number. */
    private void openTask(String taskName, String number) {
        waitForTaskInList(taskName);
        int candidates = driver.findElements(taskLink(taskName)).size();
        for (int i = 0; i < candidates; i++) {
            WebElement link = driver.findElements(taskLink(taskName)).get(i);
            String taskId = link.getDomAttribute("href").replaceFirst(".*task=([^&]+).*", "$1");
            click(link);
            wait.until(driver -> driver.getCurrentUrl().contains(taskId));
            wait.until(textToBePresentInElementLocated(By.cssSelector(".task-details h2.task"), taskName));
            // Tasklist keeps the tab last chosen; the appeal is on the Appeal tab
            click(wait.until(elementToBeClickable(By.xpath(
                    "//ul[contains(@class,'nav-tabs')]/li/a[normalize-space(.)='Appeal']"))));
            if (shownAppeal(taskId).equals(number)) {
                return;
            }
        }
        throw new AssertionError("No task '" + taskName + "' for appeal " + number + " among " + candidates);
    }

    /** Waits for the Appeal tab of this task to show its appeal, and answers the appeal's number. */
    private String shownAppeal(String taskId) {
        return wait.until(driver -> {
            failOnErrorNotification();
            List<WebElement> shown = driver.findElements(By.cssSelector(".sd-workspace[data-task-id='" + taskId
                    + "'] .sd-title .sd-number"));
            return shown.isEmpty() || shown.get(0).getText().isBlank() ? null : shown.get(0).getText().trim();
        });
    }

    /** The form tab: the decisions of the task. */
    private void showForm() {
        click(wait.until(elementToBeClickable(By.xpath(
                "//ul[contains(@class,'nav-tabs')]/li/a[normalize-space(.)='Form']"))));
        formHeader();
        wait.until(invisibilityOfElementLocated(By.cssSelector("[cam-tasklist-form] .disabled-form")));
    }

    private void claim() {
        WebElement claim = wait.until(elementToBeClickable(By.cssSelector(".task-details button.claim")));
        click(claim);
        wait.until(invisibilityOfElementLocated(By.cssSelector(".task-details button.claim")));
        wait.until(textToBePresentInElementLocated(By.cssSelector(".task-details li.assignee"), "Anna Agent"));
    }

    /** Waits for the Camunda Form to render and answers its heading. */
    private String formHeader() {
        return wait.until(driver -> {
            List<WebElement> failures = driver.findElements(By.cssSelector("[cam-tasklist-form] .alert-danger"));
            for (WebElement failure : failures) {
                if (failure.isDisplayed()) {
                    throw new AssertionError("Tasklist could not show the form: " + failure.getText());
                }
            }
            List<WebElement> headers = driver.findElements(By.cssSelector(".fjs-form-field-text h2"));
            return headers.isEmpty() || !headers.get(0).isDisplayed() || headers.get(0).getText().isBlank()
                    ? null
                    : headers.get(0).getText().trim();
        });
    }

    private void complete() {
        WebElement complete = wait.until(elementToBeClickable(By.xpath(
                "//div[contains(@class,'form-actions')]//button[normalize-space(.)='Complete']")));
        click(complete);
        wait.until(driver -> {
            failOnErrorNotification();
            return driver.findElements(By.cssSelector(".fjs-form")).isEmpty()
                    || !driver.findElement(By.cssSelector(".fjs-form")).isDisplayed() ? Boolean.TRUE : null;
        });
    }

    private void failOnErrorNotification() {
        for (WebElement alert : driver.findElements(By.cssSelector(".page-notifications .alert-danger"))) {
            if (alert.isDisplayed()) {
                throw new AssertionError("Tasklist reports: " + alert.getText());
            }
        }
    }

    // --- Camunda Forms (form-js) ---

    /** The input, textarea or select value holder that a form-js label belongs to. */
    private WebElement field(String label) {
        WebElement labelElement = wait.until(visibilityOfElementLocated(By.xpath(
                "//form[contains(@class,'fjs-form')]//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(.),"
                        + literal(label) + ")]")));
        return driver.findElement(By.id(labelElement.getDomAttribute("for")));
    }

    private String fieldValue(String label) {
        return field(label).getDomProperty("value");
    }

    private void type(String label, String text) {
        String id = field(label).getDomAttribute("id");
        fill(By.id(id), text);
    }

    private void selectOption(String label, String option) {
        String container = "//div[contains(@class,'fjs-form-field-select')][label[starts-with(normalize-space(.),"
                + literal(label) + ")]]";
        click(wait.until(elementToBeClickable(By.xpath(container + "//div[contains(@class,'fjs-select-display')]"))));
        By item = By.xpath(container + "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)="
                + literal(option) + "]");
        click(wait.until(elementToBeClickable(item)));
        wait.until(invisibilityOfElementLocated(By.xpath(container + "//div[contains(@class,'fjs-dropdownlist')]")));
        wait.until(textToBePresentInElementLocated(By.xpath(container + "//div[contains(@class,'fjs-select-display')]"),
                option));
    }

    private void chooseRadio(String option) {
        By label = By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[input[@type='radio']][normalize-space(.)="
                + literal(option) + "]");
        // clicked again while not selected: the form may still settle (a textarea resizing on blur)
        wait.until(driver -> {
            WebElement radio = driver.findElement(label).findElement(By.tagName("input"));
            if (!radio.isSelected()) {
                click(driver.findElement(label));
            }
            return radio.isSelected();
        });
    }

    // --- helpers ---

    /**
     * Types the text into the input and waits until the input holds exactly that text; typed
     * again when it does not (a key stroke lost or doubled while the page was still busy).
     */
    private void fill(By locator, String text) {
        wait.until(driver -> {
            WebElement input = driver.findElement(locator);
            if (text.equals(input.getDomProperty("value"))) {
                return true;
            }
            click(input);
            input.clear();
            input.sendKeys(text);
            return text.equals(input.getDomProperty("value"));
        });
    }

    /**
     * Scrolls the element to the middle of the pane (Tasklist's fixed footer covers the bottom of
     * the form) and clicks it once it takes the click; a notification or a moving layout that gets
     * the click instead leaves the element unclicked, so it is tried again.
     */
    private void click(WebElement element) {
        wait.until(driver -> {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            try {
                element.click();
                return true;
            }
            catch (ElementNotInteractableException e) { // also ElementClickInterceptedException
                return false;
            }
        });
    }

    /** An XPath string literal for text that may hold an apostrophe. */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
