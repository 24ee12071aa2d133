package org.supportdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.supportdesk.BrowserSession;

/**
 * Cost request and service notice tasks in Tasklist, in a headless Chromium, in English and in
 * Russian: the queue card names the record, the task's tab shows the record as it is in the desk's
 * tables, and a change made elsewhere shows after Refresh. Screenshots in
 * {@code target/screenshots/live-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:live-records-browser;DB_CLOSE_DELAY=-1"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveRecordsBrowserIT {

    private static final By WORKSPACE = By.cssSelector(".sd-workspace");

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("live-records").failuresNamed("live-failure-");

    private static TasklistUi ui;
    private static String request;
    private static String notice;
    private static String onboarding;

    private final ChromeDriver driver = browser.driver();
    private final WebDriverWait wait = browser.newWait();

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService tasks;

    @Test
    @Order(1)
    void presalesReadTheCostRequestLiveAndSeeItMoveOnAfterRefresh() {
        request = fileCostRequest();
        ui().logIn("presales");
        ui.openFilter("Managed Services queue");
        WebElement card = ui.card(request);
        assertThat(card.getText()).contains(request, "Northwind Traders", "Monitoring 24/7", "Infrastructure audit",
                "New: waiting for qualification");
        ui.capture("live-01-cost-request-card-en");
        open(card(request), "Qualify request");
        assertTab("Cost request");
        String text = workspaceText();
        assertThat(text).contains("Cost request: Northwind Traders", "New: waiting for qualification",
                "Jane Miller <jane.miller@northwind.example>", "Monitoring 24/7", "Infrastructure audit",
                "VMs: 12, vCPU: 48, RAM: 192 GB, storage: 4 TB", "Decisions so far", "Filed", "Not priced yet",
                "No contract yet.");
        ui.capture("live-02-cost-request-en");

        // presales accept elsewhere (another screen, the API): the open tab shows it on Refresh
        tasks.complete(task(request, "qualify-request").getId(), Map.of("qualification", "ACCEPT"));
        refreshUntil("Engineers scoping");
        ui.capture("live-03-cost-request-refreshed-en");
    }

    @Test
    @Order(2)
    void aRussianSpeakingEngineerReadsTheCostRequestInRussian() {
        russian(() -> {
            ui().logIn("presales");
            ui.openFilter("Очередь Managed Services");
            WebElement card = ui.card(request);
            assertThat(card.getText()).contains(request, "Northwind Traders", "Мониторинг 24/7", "Оценка инженерами",
                    "Оценка группы");
            // the request's two parallel scoping tasks: one card per service group
            waitForCardsSaying(request, "Оценка группы: Администрирование 24/7",
                    "Оценка группы: Аудит и консалтинг");
            ui.capture("live-04-cost-request-card-ru");
            open(card, "Оценить группу услуг");
            assertTab("Заявка");
            assertThat(workspaceText()).contains("Заявка на расчёт: Northwind Traders", "Оценка инженерами", "Оценка группы",
                    "Мониторинг 24/7", "Аудит инфраструктуры", "ВМ: 12, vCPU: 48, ОЗУ: 192 ГБ", "Решения по заявке",
                    "Подана", "Ещё не рассчитано", "Обновить");
            // an engineer scopes a service group: the decision shows with its hours after Refresh
            List<Task> scoping = tasks.createTaskQuery().processInstanceBusinessKey(request)
                    .taskDefinitionKey("scope-service-group").list();
            tasks.setAssignee(scoping.get(0).getId(), "presales");
            tasks.complete(scoping.get(0).getId(), Map.of("oneOffHours", 16, "monthlyHours", 8,
                    "assumptions", "Два центра обработки данных"));
            refreshUntil("16 ч разово, 8 ч в месяц");
            assertThat(workspaceText()).contains("Оценена", "Два центра обработки данных");
            ui.capture("live-05-cost-request-ru");
        });
    }

    @Test
    @Order(3)
    void aDutyEngineerReadsTheNoticeLiveAndSeesALinkedAppealAfterRefresh() {
        notice = fileNotice();
        ui().logIn("duty");
        ui.openFilter("Service notifications");
        WebElement card = ui.card(notice);
        assertThat(card.getText()).contains(notice, "Exposed bucket policy", "northwind-erp", "Security threat",
                "Draft", "Owners: Jane Miller");
        ui.capture("live-06-notice-card-en");
        open(card(notice), "Approve notice text");
        assertTab("Notice");
        assertThat(workspaceText()).contains("Exposed bucket policy", "Security threat", "Draft",
                "approval outstanding", "Object storage", "northwind-erp", "Owners and acknowledgements",
                "Jane Miller (northwind)", "not sent yet", "The notice as owners read it", "What we recommend",
                "Рекомендации", "No updates yet.", "None linked.");
        ui.capture("live-07-notice-en");

        String appeal = linkAppeal("Is our bucket readable by anyone?");
        refreshUntil(appeal);
        ui.capture("live-08-notice-refreshed-en");
    }

    @Test
    @Order(4)
    void aRussianSpeakingDutyEngineerReadsTheNoticeInRussian() {
        russian(() -> {
            ui().logIn("duty");
            ui.openFilter("Уведомления о сервисах");
            WebElement card = ui.card(notice);
            assertThat(card.getText()).contains(notice, "Exposed bucket policy", "Угроза безопасности", "Черновик");
            ui.capture("live-09-notice-card-ru");
            open(card, "Согласовать текст уведомления");
            assertTab("Уведомление");
            assertThat(workspaceText()).contains("Угроза безопасности", "Черновик", "ждёт согласования",
                    "Владельцы и подтверждения", "ещё не отправлено", "Уведомление так, как его читают владельцы",
                    "Английский", "Русский", "Рекомендации", "Обращения об этом событии");
            String appeal = linkAppeal("Наш бакет читается всеми?");
            refreshUntil(appeal);
            ui.capture("live-10-notice-ru");

            // another engineer approves it and it goes out: the owners keep their names
            Task approve = task(notice, "UserTask_ApproveNoticeText");
            tasks.setAssignee(approve.getId(), "admin");
            tasks.complete(approve.getId(), Map.of("approval", "APPROVED"));
            refreshUntil("не подтвердил(а)");
            assertThat(workspaceText()).contains("Jane Miller (northwind)", "Подтвердили 0 из 1");
            ui.capture("live-10b-notice-sent-ru");
        });
    }

    @Test
    @Order(5)
    void presalesReadAnOnboardingStepWithItsRequestContractAndProgress() {
        onboarding = fileCostRequest(List.of("INFRASTRUCTURE_AUDIT"));
        acceptQuote(onboarding);
        ui().logIn("presales");
        ui.openFilter("Managed Services queue");
        WebElement card = ui.card(onboarding);
        assertThat(card.getText()).contains(onboarding, "Northwind Traders", "Onboarding", "Infrastructure audit");
        ui.capture("live-11-onboarding-card-en");
        open(card, "Kick-off meeting");
        assertTab("Cost request");
        assertThat(workspaceText()).contains("Audit onboarding for Northwind Traders", "Onboarding",
                "Decisions so far", "Presales asked for more information", "Which regions?",
                "Sales added information", "Moscow and Novosibirsk", "Discount approved: 25 %", "Sofia Saleslead",
                "Strategic customer", "Accepted by the customer", "Managed Services contract", "Term from ", "in force", "Kubernetes clusters: 1",
                "No step completed yet.");
        ui.capture("live-12-onboarding-en");

        // the kick-off is done elsewhere: the step shows on Refresh, with who completed it
        Task kickOff = onboardingTask(onboarding);
        tasks.setAssignee(kickOff.getId(), "presales");
        tasks.complete(kickOff.getId(), Map.of("meetingDate", "2030-05-10", "participants", "Jane Miller"));
        refreshUntil("Audit onboarding: Kick-off meeting");
        ui.capture("live-13-onboarding-refreshed-en");
    }

    @Test
    @Order(6)
    void aRussianSpeakingEngineerReadsTheOnboardingInRussian() {
        russian(() -> {
            ui().logIn("presales");
            ui.openFilter("Очередь Managed Services");
            WebElement card = ui.card(onboarding);
            assertThat(card.getText()).contains(onboarding, "Northwind Traders", "Онбординг", "Аудит инфраструктуры");
            ui.capture("live-14-onboarding-card-ru");
            open(card, "Обследование");
            assertTab("Заявка");
            assertThat(workspaceText()).contains("Онбординг аудита для Northwind Traders", "Решения по заявке",
                    "Пресейл запросил сведения", "Продажи дополнили сведения", "Скидка согласована: 25 %",
                    "Клиент принял", "Договор Managed Services", "Срок с ", "действует", "Онбординг аудита: Стартовая встреча");
            ui.capture("live-15-onboarding-ru");
        });
    }

    // --- helpers

    private TasklistUi ui() {
        if (ui == null) {
            ui = new TasklistUi(driver, wait, port);
        }
        return ui;
    }

    private WebElement card(String number) {
        return ui.card(number);
    }

    /** Opens the card's task (clicking again while the list still redraws) and waits for its live tab. */
    private void open(WebElement card, String taskName) {
        String number = card.getDomAttribute("data-number");
        By cardOf = By.cssSelector(".sd-card[data-number='" + number + "']");
        wait.until(driver -> {
            List<WebElement> title = driver.findElements(By.cssSelector(".task-details h2.task"));
            if (!title.isEmpty() && title.get(0).getText().contains(taskName)) {
                return true;
            }
            List<WebElement> cards = driver.findElements(cardOf);
            if (!cards.isEmpty() && cards.get(0).isDisplayed()) {
                ui.click(cards.get(0));
            }
            return false;
        });
        ui.waitForAppeal(number);
    }

    /** Waits until the cards of this number together show every one of the texts. */
    private void waitForCardsSaying(String number, String... texts) {
        wait.until(driver -> {
            String all = driver.findElements(By.cssSelector(".sd-card[data-number='" + number + "']")).stream()
                    .map(WebElement::getText).collect(java.util.stream.Collectors.joining("\n"));
            return java.util.Arrays.stream(texts).allMatch(all::contains);
        });
    }

    private String workspaceText() {
        return driver.findElement(WORKSPACE).getText();
    }

    private void assertTab(String label) {
        wait.until(textToBePresentInElementLocated(By.cssSelector(".tabbed-content .nav-tabs > li.active > a"), label));
    }

    /** Presses Refresh until the tab shows the text: what changed in the desk's tables since it was opened. */
    private void refreshUntil(String text) {
        assertThat(workspaceText()).doesNotContain(text);
        ui.click(wait.until(elementToBeClickable(By.cssSelector(".sd-workspace button.sd-refresh"))));
        wait.until(textToBePresentInElementLocated(WORKSPACE, text));
    }

    /** Runs the steps in a browser set to Russian, its language and its locale. */
    private void russian(Runnable steps) {
        String userAgent = (String) driver.executeScript("return navigator.userAgent;");
        driver.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent,
                "acceptLanguage", "ru-RU,ru"));
        driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "ru-RU"));
        try {
            steps.run();
        } finally {
            driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of());
            driver.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent,
                    "acceptLanguage", "en-US,en"));
        }
    }

    private String fileCostRequest() {
        return fileCostRequest(List.of("MONITORING", "INFRASTRUCTURE_AUDIT"));
    }

    private String fileCostRequest(List<String> services) {
        ResponseEntity<JsonNode> filed = http.withBasicAuth("sales", "sales").postForEntity(
                "/api/managed-services/requests", Map.of("company", "Northwind Traders", "contactName", "Jane Miller",
                        "contactEmail", "jane.miller@northwind.example", "login", "northwind",
                        "services", services,
                        "environment", Map.of("vms", 12, "vcpu", 48, "ramGb", 192, "storageTb", 4, "databases", 3,
                                "k8sClusters", 1),
                        "language", "EN"), JsonNode.class);
        assertThat(filed.getStatusCode()).as("%s", filed.getBody()).isEqualTo(HttpStatus.CREATED);
        return filed.getBody().path("number").asText();
    }

    private String fileNotice() {
        ResponseEntity<JsonNode> filed = http.withBasicAuth("duty", "duty").postForEntity("/api/notifications", Map.of(
                "type", "SECURITY_THREAT", "service", "Object storage", "projects", List.of("northwind-erp"),
                "title", "Exposed bucket policy", "details", "A bucket policy allowed public reads for two hours.",
                "recommendations", "Rotate the access keys of the bucket."), JsonNode.class);
        assertThat(filed.getStatusCode()).as("%s", filed.getBody()).isEqualTo(HttpStatus.CREATED);
        return filed.getBody().path("number").asText();
    }

    /** A customer asks about the event and an agent links the appeal to the notice, through the API. */
    private String linkAppeal(String subject) {
        ResponseEntity<JsonNode> appeal = http.postForEntity("/api/appeals", Map.of("channel", "FEEDBACK_FORM",
                "email", "it@northwind.example", "login", "northwind", "project", "northwind-erp",
                "subject", subject, "description", subject + " We saw the notice."), JsonNode.class);
        assertThat(appeal.getStatusCode()).as("%s", appeal.getBody()).isEqualTo(HttpStatus.CREATED);
        String number = appeal.getBody().path("number").asText();
        assertThat(http.withBasicAuth("agent", "agent").postForEntity("/api/notifications/" + notice + "/appeals",
                Map.of("appealNumber", number), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return number;
    }

    /**
     * Presales ask for more information and then accept, engineers scope every group, a sales lead approves
     * sales' discount, the quote goes out and the customer accepts it.
     */
    private void acceptQuote(String number) {
        completeAs("presales", task(number, "qualify-request"), Map.of("qualification", "MORE_INFORMATION",
                "qualificationNote", "Which regions?"));
        completeAs("sales", task(number, "add-information"), Map.of("addedInformation", "Moscow and Novosibirsk"));
        tasks.complete(task(number, "qualify-request").getId(), Map.of("qualification", "ACCEPT"));
        for (Task scoping : tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("scope-service-group").list()) {
            tasks.setAssignee(scoping.getId(), "presales");
            tasks.complete(scoping.getId(), Map.of("oneOffHours", 8, "monthlyHours", 4));
        }
        tasks.complete(task(number, "review-quote").getId(), Map.of("discountPercent", 25));
        completeAs("saleslead", task(number, "approve-discount"), Map.of("discountApproval", "APPROVED",
                "approvalNote", "Strategic customer"));
        ResponseEntity<JsonNode> accepted = http.withBasicAuth("sales", "sales").postForEntity(
                "/api/managed-services/requests/" + number + "/decision",
                Map.of("accepted", true, "contractStart", LocalDate.now(ZoneOffset.UTC).toString()), JsonNode.class);
        assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isEqualTo(HttpStatus.OK);
    }

    private void completeAs(String user, Task task, Map<String, Object> variables) {
        tasks.setAssignee(task.getId(), user);
        tasks.complete(task.getId(), variables);
    }

    private Task onboardingTask(String number) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).processDefinitionKey("ms-onboarding-audit")
                .singleResult();
    }

    private Task task(String number, String definitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(definitionKey)
                .singleResult();
    }
}
