package org.supportdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.supportdesk.BrowserSession;
import org.supportdesk.HeadlessChromium;

/**
 * The workspace as its people use it, in a headless Chromium: a lead reads the queue's cards in
 * deadline order; an agent triages, answers with a template and a file, sees the customer's follow-up
 * in the open task and resolves; the customer downloads the agent's file and answers with one of
 * their own on the status page; a phone call tells the agent its number at once.
 *
 * <p>Screenshots (and the page source) of each step and of any failure are kept in
 * {@code target/screenshots/workspace-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:workspace-browser;DB_CLOSE_DELAY=-1",
        "supportdesk.intake-rate-limit.requests-per-minute=1000"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserIT {

    private static final String AGENT_FILE = "restore-steps.txt";
    private static final String AGENT_FILE_TEXT = "1. Open the console\n2. Restart the load balancer\n";
    private static final String CUSTOMER_FILE = "after-restart.log";
    private static final String FOLLOW_UP = "Since 11:20 the balancer also drops the health checks of web-2.";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("workspace");

    private static Path files;
    private static Path downloads;
    private static TasklistUi ui;
    /** The appeal the agent works on, as the customer got it (number, token). */
    private static JsonNode worked;

    private final ChromeDriver driver = browser.driver();
    private final WebDriverWait wait = browser.newWait();

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void foldersForFilesAndDownloads() throws IOException {
        files = Files.createTempDirectory("workspace-files-");
        downloads = Files.createTempDirectory("workspace-downloads-");
        browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    }

    @AfterAll
    static void deleteFolders() throws IOException {
        HeadlessChromium.deleteTree(files);
        HeadlessChromium.deleteTree(downloads);
    }

    private TasklistUi ui() {
        if (ui == null) {
            ui = new TasklistUi(driver, wait, port);
        }
        return ui;
    }

    @Test
    @Order(1)
    void aLeadSeesTheQueueAsCardsWithNumberSubjectAndTimeLeftNearestDeadlineFirst() {
        // three appeals whose next deadlines differ: chat answers first, then mail, then a call (answered live)
        List<String> numbers = new ArrayList<>();
        numbers.add(appeal("FEEDBACK_FORM", "northwind", "northwind-erp", "ERP reports time out",
                "Every ERP report times out after 60 seconds since this morning's update.", "MEDIUM", "MEDIUM")
                .path("number").asText());
        numbers.add(appeal("PHONE", "romashka", "romashka-shop", "Checkout is slow",
                "Customers wait half a minute on the checkout page since the price update.", "HIGH", "MEDIUM")
                .path("number").asText());
        numbers.add(appeal("TELEGRAM", null, null, "Cannot reach the bucket",
                "The bucket media-eu answers 403 to our CDN since the key rotation.", "HIGH", "HIGH")
                .path("number").asText());

        ui().logIn("lead");
        ui.openFilter("Support queue by deadline");
        numbers.forEach(ui::card);
        WebElement chat = ui.card(numbers.get(2));
        assertThat(chat.getText()).contains(numbers.get(2), "Cannot reach the bucket", "Telegram", "Critical",
                "First answer").containsPattern("in \\d+ min");
        assertThat(ui.card(numbers.get(0)).getText()).contains("Northwind Traders", "Feedback form", "Medium");
        // nothing shows as a raw code
        assertThat(ui.card(numbers.get(1)).getText()).doesNotContain("FEEDBACK_FORM", "PHONE", "MIDDLE", "UNCLASSIFIED");
        // nor the engine's priority number, which read as part of "Created a few seconds ago"
        assertThat(driver.findElements(By.cssSelector("li.task .cells-wrapper > .priority")))
                .hasSize(numbers.size()).noneMatch(WebElement::isDisplayed);
        ui.capture("workspace-01-lead-queue");

        // the cards come in the order of their next deadline, nearest first
        List<String> shown = ui.cardNumbers();
        List<Instant> due = shown.stream().map(this::nextDeadline).toList();
        assertThat(due).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(shown.indexOf(numbers.get(2))).isLessThan(shown.indexOf(numbers.get(0)));
        assertThat(shown.indexOf(numbers.get(0))).isLessThan(shown.indexOf(numbers.get(1)));
        assertThat(driver.getCurrentUrl()).contains("sorting");
    }

    @Test
    @Order(2)
    void anAgentTriagesAndAnswersWithATemplateAndAFile() throws IOException {
        worked = appeal("FEEDBACK_FORM", "northwind", "northwind-web", "Load balancer drops requests",
                "Since 10:05 the load balancer of northwind-web drops about a third of the requests with 502.",
                null, null);
        String number = worked.path("number").asText();

        ui().logIn("agent");
        ui.openFilter("Support queue by deadline");
        ui.openCard(number, "Triage appeal");
        // the Appeal tab opens first: the appeal, read now, with the customer's context
        WebElement workspace = driver.findElement(By.cssSelector(".sd-workspace"));
        assertThat(workspace.getText()).contains("Load balancer drops requests", "Northwind Traders",
                "northwind-web", "Feedback form", "First answer", "working on it");
        // left to triage with an in-scope suggestion: the category's own confidence, the scope's in the tooltip
        WebElement suggestion = workspace.findElement(By.cssSelector(".sd-suggestion"));
        assertThat(suggestion.getText()).matches("\\(suggested: [^;()]+, \\d+ % sure\\)");
        assertThat(suggestion.getDomAttribute("title")).matches(".*\\d+ % sure it is in scope");
        ui.capture("workspace-02-appeal-tab");

        ui.claim("Anna Agent");
        ui.tab("Form");
        ui.waitForForm();
        ui.selectOption("Category", "Resource diagnostics");
        ui.selectOption("Urgency", "High");
        ui.selectOption("Impact", "Medium");
        ui.chooseRadio("Accept: in scope, start work");
        ui.capture("workspace-03-triage-form");
        ui.complete();

        // the agent who triaged keeps it: the work task is theirs
        ui.openFilter("My appeals");
        ui.openCard(number, "Work on appeal");
        Path file = files.resolve(AGENT_FILE);
        Files.writeString(file, AGENT_FILE_TEXT, StandardCharsets.UTF_8);
        new Select(driver.findElement(By.cssSelector(".sd-composer select.sd-template")))
                .selectByVisibleText("We are working on it");
        String reply = driver.findElement(By.cssSelector(".sd-composer textarea.sd-reply")).getDomProperty("value");
        assertThat(reply).startsWith("Hello,").contains(number, "Anna Agent").doesNotContain("{");
        driver.findElement(By.cssSelector(".sd-composer input.sd-attachments")).sendKeys(file.toAbsolutePath().toString());
        wait.until(textToBePresentInElementLocated(By.cssSelector(".sd-composer .sd-chosen-files"), AGENT_FILE));
        ui.capture("workspace-04-reply-with-template-and-file");
        ui.click(driver.findElement(By.cssSelector(".sd-composer button.sd-send")));
        wait.until(textToBePresentInElementLocated(By.cssSelector(".sd-composer .sd-status"), "Sent to the customer."));
        assertThat(driver.findElement(By.cssSelector(".sd-composer .sd-chosen-files")).getText())
                .isEqualTo("No files chosen");
        wait.until(visibilityOfElementLocated(By.xpath("//li[contains(@class,'sd-msg-staff')]"
                + "//a[contains(@class,'sd-file')][contains(normalize-space(.)," + TasklistUi.literal(AGENT_FILE) + ")]")));
        // answered: the task and its card move on to the resolution deadline
        wait.until(driver -> ui.card(number).getText().contains("Resolution in"));
        ui.capture("workspace-05-reply-sent");
        assertThat(customerView().path("messages").findValuesAsText("body")).anyMatch(body -> body.contains(number)
                && body.contains("working on"));
    }

    @Test
    @Order(3)
    void theCustomersFollowUpAppearsInTheOpenTaskWithoutANewTask() {
        String number = worked.path("number").asText();
        String taskId = ui().taskIdInAddress();
        HttpHeaders token = new HttpHeaders();
        token.set("X-Appeal-Token", worked.path("accessToken").asText());
        ResponseEntity<JsonNode> written = http.exchange("/api/appeals/" + number + "/messages", HttpMethod.POST,
                new HttpEntity<>(Map.of("body", FOLLOW_UP), token), JsonNode.class);
        assertThat(written.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ui.click(driver.findElement(By.cssSelector(".sd-workspace button.sd-refresh")));
        wait.until(visibilityOfElementLocated(By.xpath("//li[contains(@class,'sd-msg-customer')]"
                + "//div[contains(@class,'sd-msg-body')][normalize-space(.)=" + TasklistUi.literal(FOLLOW_UP) + "]")));
        ui.scrollTo(By.xpath("//li[contains(@class,'sd-msg-customer')][last()]"));
        ui.capture("workspace-06-follow-up-in-open-task");
        assertThat(ui.taskIdInAddress()).isEqualTo(taskId);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).list()).extracting(Task::getId)
                .containsExactly(taskId);
    }

    @Test
    @Order(4)
    void theAgentResolvesWithAnAnswerToTheLastMessage() {
        String number = worked.path("number").asText();
        ui().tab("Form");
        ui.waitForForm();
        ui.chooseRadio("Resolve the appeal");
        // the follow-up has no answer yet: resolving is refused with the reason
        ui.pressComplete();
        assertThat(ui.errorNotification()).contains("resolving needs an answer");
        ui.capture("workspace-07-resolve-needs-an-answer");
        ui.dismissNotifications();

        ui.type("Reply to the customer", "We moved web-2 behind the new health check; both instances answer again.");
        ui.complete();
        wait.until(driver -> "RESOLVED".equals(customerView().path("status").asText()));
        ui.capture("workspace-08-resolved");
    }

    @Test
    @Order(5)
    void theCustomerDownloadsTheAgentsFileAndAnswersWithOne() throws IOException {
        String number = worked.path("number").asText();
        driver.get(ui().base() + "/feedback/status.html#number=" + number + "&token="
                + worked.path("accessToken").asText());
        By download = By.xpath("//li[contains(@class,'outbound')]//button[contains(@class,'file-download')]"
                + "[contains(normalize-space(.)," + TasklistUi.literal(AGENT_FILE) + ")]");
        ui.click(wait.until(elementToBeClickable(download)));
        Path downloaded = downloads.resolve(AGENT_FILE);
        wait.until(driver -> Files.exists(downloaded) && AGENT_FILE_TEXT.equals(read(downloaded)));
        // no "We will answer by" once the answer came
        assertThat(driver.findElement(By.cssSelector("main")).getText()).doesNotContain("We will answer by");
        ui.capture("workspace-09-status-page-download");

        Path log = files.resolve(CUSTOMER_FILE);
        Files.writeString(log, "11:42 web-2 healthy\n11:43 web-2 healthy\n", StandardCharsets.UTF_8);
        ui.fill(By.id("reply"), "Works again, thank you. The balancer log is attached.");
        driver.findElement(By.id("reply-attachments")).sendKeys(log.toAbsolutePath().toString());
        ui.click(driver.findElement(By.id("send-reply")));
        wait.until(visibilityOfElementLocated(By.xpath("//li[contains(@class,'inbound')]"
                + "//button[contains(@class,'file-download')][contains(normalize-space(.),"
                + TasklistUi.literal(CUSTOMER_FILE) + ")]")));
        ui.capture("workspace-10-status-page-reply-with-file");

        JsonNode appeal = customerView();
        // a reply after the resolution reopens the appeal for the same agent
        assertThat(appeal.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(appeal.path("attachments").findValuesAsText("fileName")).contains(AGENT_FILE, CUSTOMER_FILE);
    }

    @Test
    @Order(6)
    void aPhoneCallShowsItsNumberAndOpensItsTriage() {
        ui().logIn("agent");
        click(By.cssSelector(".start-process-action a"));
        click(By.xpath("//div[contains(@class,'modal-dialog')]//ul[contains(@class,'processes')]//a[normalize-space(.)="
                + "'Register phone call']"));
        wait.until(visibilityOfElementLocated(By.cssSelector(".modal-body .fjs-form")));
        ui.type("Login", "northwind");
        ui.type("Project", "northwind-erp");
        ui.type("Caller's name", "Jane Miller");
        ui.type("E-mail for replies", "jane.miller@northwind.example");
        ui.type("Subject", "VPN drops every few minutes");
        ui.type("Description", "Since 09:00 the site-to-site VPN between the office and the ERP drops every few minutes.");
        By start = By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']");
        wait.until(driver -> driver.findElement(start).isEnabled());
        click(start);

        WebElement banner = wait.until(visibilityOfElementLocated(By.cssSelector(".sd-started")));
        String number = banner.getDomAttribute("data-number");
        assertThat(number).startsWith("SD-");
        assertThat(banner.getText()).contains("Tell the caller its number", number);
        // and its triage opens
        wait.until(textToBePresentInElementLocated(By.cssSelector(".task-details h2.task"), "Triage appeal"));
        ui.waitForAppeal(number);
        assertThat(driver.findElement(By.cssSelector(".sd-workspace")).getText()).contains("Phone",
                "VPN drops every few minutes", "Northwind Traders");
        ui.capture("workspace-11-phone-call-number");
    }

    @Test
    @Order(7)
    void aRussianSpeakingAgentReadsTheWorkspaceInRussian() {
        String number = worked.path("number").asText();
        // a browser set to Russian: its language and its locale
        String userAgent = (String) driver.executeScript("return navigator.userAgent;");
        driver.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent,
                "acceptLanguage", "ru-RU,ru"));
        driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "ru-RU"));
        // a computer in another zone: the workspace still writes the desk's staff time (Moscow) and names it
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "America/New_York"));
        try {
            ui().logIn("agent");
            // the filter's name in Russian too (names.ru.js)
            ui.openFilter("Мои обращения");
            WebElement card = ui.card(number);
            assertThat(card.getText()).contains("Форма обратной связи", "Высокий", "Диагностика ресурсов");
            ui.click(card);
            ui.tab("Обращение");
            ui.waitForAppeal(number);
            assertThat(driver.findElement(By.cssSelector(".sd-workspace")).getText())
                    .contains("Статус", "В работе", "Первый ответ", "Переписка", "Клиент", "Ответ", "Обновить",
                            "Выбрать файлы", "Файлы не выбраны");
            Instant received = jdbc.sql("SELECT received_at FROM appeal WHERE appeal_number = ?").param(number)
                    .query(OffsetDateTime.class).single().toInstant();
            String moscow = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Moscow")).format(received);
            assertThat(driver.findElement(By.cssSelector(".sd-workspace")).getText()).contains(moscow + " МСК");
            ui.capture("workspace-12-russian");
        } finally {
            driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
            driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of());
            driver.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent,
                    "acceptLanguage", "en-US,en"));
        }
    }

    // --- helpers

    private void click(By locator) {
        ui.click(wait.until(elementToBeClickable(locator)));
    }

    private JsonNode appeal(String channel, String login, String project, String subject, String description,
                            String urgency, String impact) {
        Map<String, String> body = new HashMap<>();
        body.put("channel", channel);
        body.put("subject", subject);
        body.put("description", description);
        if (login != null) {
            body.put("login", login);
            body.put("email", "it@" + login + ".example");
        }
        if (project != null) {
            body.put("project", project);
        }
        if (urgency != null) {
            body.put("urgency", urgency);
            body.put("impact", impact);
        }
        if ("FEEDBACK_FORM".equals(channel)) {
            ResponseEntity<JsonNode> created = http.postForEntity("/api/appeals", body, JsonNode.class);
            assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
            return created.getBody();
        }
        ResponseEntity<JsonNode> created = http.withBasicAuth("agent", "agent").postForEntity("/api/appeals", body,
                JsonNode.class);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody();
    }

    private JsonNode customerView() {
        HttpHeaders token = new HttpHeaders();
        token.set("X-Appeal-Token", worked.path("accessToken").asText());
        return http.exchange("/api/appeals/" + worked.path("number").asText(), HttpMethod.GET,
                new HttpEntity<>(token), JsonNode.class).getBody();
    }

    /** The appeal's next deadline, as its open task is due. */
    private Instant nextDeadline(String number) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).list().stream()
                .map(task -> task.getDueDate().toInstant()).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
