package org.supportdesk.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
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
import org.supportdesk.HeadlessChromium;
import org.supportdesk.workspace.TasklistUi;

/**
 * Camunda's webapps speak the browser's language: a staff member whose browser asks for Russian
 * walks the login page, the welcome page, Tasklist (queue and an open task), Cockpit (dashboard,
 * processes, the appeal process, an appeal's instance with its activity tree and an incident) and
 * Admin (users, groups, authorizations, system) and meets no
 * English word there, apart from proper names and what the engine holds (user and group names, keys,
 * variable values): those are data, not the webapps' words. The names of processes and of every
 * element of the models (in lists and in diagrams), and filter names are words staff read, so they
 * are held to the page's language too. The task forms (triage, work, the
 * phone-call start form with its validation messages, sales' cost request with its date field) are
 * part of the walk: each is one form in both languages, and the reader sees only their own. The same walk in an English browser
 * stays English. Both hide the Camunda 8 notice; the Russian walk runs in Moscow time and dates read
 * Russian.
 *
 * <p>Screenshots and page sources of every page are kept in {@code target/screenshots/webapp-<lang>-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:webapp-languages;DB_CLOSE_DELAY=-1",
        "supportdesk.intake-rate-limit.requests-per-minute=1000"})
@DirtiesContext
@Import(WebappLanguagesBrowserIT.SlowTranslations.class)
class WebappLanguagesBrowserIT {

    /**
     * Tasklist's Russian translations answer late (after the English fallback), as on a slow
     * network: words a page takes once, when it is drawn (the task search's placeholder, the sort
     * choices), must still come in the page's language. Only Tasklist's: a request the server holds
     * while the user logs in on the welcome page would come back with the session from before the
     * login.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class SlowTranslations {
        static final Duration DELAY = Duration.ofMillis(1500);

        @Bean
        FilterRegistrationBean<jakarta.servlet.Filter> slowTranslationFiles() {
            FilterRegistrationBean<jakarta.servlet.Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                String uri = ((HttpServletRequest) request).getRequestURI();
                if (uri.endsWith("/app/tasklist/locales/ru.json")) {
                    try {
                        Thread.sleep(DELAY.toMillis());
                    }
                    catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                chain.doFilter(request, response);
            });
            registration.addUrlPatterns("/camunda/app/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    private static final String COCKPIT_START_TIME = "td.start-time";
    private static final String COCKPIT_INCIDENT_ACTIVITY = "td.activity";
    /** What a figure or cell shows before its data arrives. */
    private static final Set<String> NOT_LOADED = Set.of("", "0");

    /** Names that stay as they are in Russian text (products, notations, abbreviations, keys on the keyboard). */
    private static final Set<String> PROPER_NAMES = Set.of("Camunda", "Platform", "Cockpit", "Tasklist", "Admin",
            "BPMN", "DMN", "CMMN", "DRD", "ID", "OK", "CSV", "JSON", "LDAP", "UTC", "null", "ctrl", "alt", "shift",
            "PaaS", "vCPU", "Kubernetes", "Managed", "Services");
    /** Words: Latin letters not glued to digits or other identifier parts (ids, versions, keys). */
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\w.:/@-])[A-Za-z]{2,}(?![\\w:/@-]|\\.\\w)");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern TIME_ZONE = Pattern.compile("\\b[A-Z][a-z]+/[A-Za-z_]+\\b");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * The visible text of the page and its visible placeholders and tooltips, BPMN diagrams' labels
     * included; DMN tables (the rules' own words) are left out.
     */
    private static final String VISIBLE_TEXTS = """
            const skipped = 'script, style, noscript, .dmn-decision-table-container,'
              // the conversation in the Appeal tab: what the customer and staff wrote, in the customer's language
              + ' .sd-msg-body';
            const visible = el => el && el.getClientRects().length > 0
              && getComputedStyle(el).visibility !== 'hidden' && !el.closest(skipped);
            const texts = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const text = walker.currentNode.textContent.trim();
              if (text && visible(walker.currentNode.parentElement)) texts.push(text);
            }
            document.querySelectorAll('[placeholder], [title]').forEach(el => {
              if (!visible(el)) return;
              ['placeholder', 'title'].forEach(name => {
                const value = (el.getAttribute(name) || '').trim();
                if (value) texts.push(value);
              });
            });
            return texts;
            """;

    private enum Language {
        RUSSIAN("ru", "Europe/Moscow", "\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d", "дд.мм.гггг") {
            @Override
            List<String> foreignWords(String text) {
                List<String> words = new ArrayList<>();
                Matcher matcher = LATIN_WORD.matcher(text);
                while (matcher.find()) {
                    // upper case words are the engine's constants (permissions ALL, ACCESS, READ)
                    if (!PROPER_NAMES.contains(matcher.group()) && !matcher.group().equals(
                            matcher.group().toUpperCase(Locale.ROOT))) {
                        words.add(matcher.group());
                    }
                }
                return words;
            }
        },
        /** The Russian walk of a staff member who chose Novosibirsk (the computer still in Moscow). */
        RUSSIAN_OWN_ZONE("ru", "Asia/Novosibirsk", "\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d", "дд.мм.гггг") {
            @Override
            List<String> foreignWords(String text) {
                return RUSSIAN.foreignWords(text);
            }
        },
        ENGLISH("en-US", null, "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d", "mm/dd/yyyy") {
            @Override
            List<String> foreignWords(String text) {
                return CYRILLIC.matcher(text).find() ? List.of(text) : List.of();
            }
        };

        final String tag;
        final String timeZone;
        /** How Cockpit writes a time: Russian on our setting, English as Camunda ships it (ISO). */
        final String cockpitTime;
        /** What a Camunda Form's empty date field asks for. */
        final String datePlaceholder;

        Language(String tag, String timeZone, String cockpitTime, String datePlaceholder) {
            this.tag = tag;
            this.timeZone = timeZone;
            this.cockpitTime = cockpitTime;
            this.datePlaceholder = datePlaceholder;
        }

        String code() {
            return tag.substring(0, 2);
        }

        /** What in a text (data already removed) is not in this language. */
        abstract List<String> foreignWords(String text);
    }

    /**
     * A page of the walk: where it is, a text of its own that shows it is there in the expected
     * language, and (if it loads data) where its data shows once loaded.
     */
    private record Page(String name, String path, String russian, String english, String loaded) {
        Page(String name, String path, String russian, String english) {
            this(name, path, russian, english, null);
        }

        /** The same place, shown another way (a dialog open, a task chosen). */
        Page named(String otherName) {
            return new Page(otherName, path, russian, english, loaded);
        }

        String expected(Language language) {
            return language == Language.RUSSIAN ? russian : english;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private TasklistUi ui;

    @BeforeEach
    void oneAppealIsWaitingForTriageAndOneForWork() {
        if (runtime.createProcessInstanceQuery().processDefinitionKey("appeal").count() == 0) {
            postAppeal();
            String accepted = postAppeal().get("number").asText();
            tasks.complete(appealTask(accepted, "UserTask_TriageAppeal").getId(), Map.of("category",
                    "RESOURCE_DIAGNOSTICS", "urgency", "HIGH", "impact", "MEDIUM", "triageDecision", "ACCEPT"));
            // an incident at the accepted appeal's SLA timer (its retries used up), for Cockpit's incidents tab
            String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(accepted).singleResult().getId();
            management.setJobRetries(management.createJobQuery().processInstanceId(instance).timers().list().get(0).getId(), 0);
        }
    }

    private String incidentInstanceId() {
        return runtime.createIncidentQuery().list().get(0).getProcessInstanceId();
    }

    /**
     * An appeal's instance in Cockpit: the activity tree and the incidents list name the model's
     * elements (events, gateways, tasks) in the page's language, as does the diagram.
     */
    private void activitiesInTheirNames(Page page, Language language, String prefix, Map<String, List<String>> foreign) {
        String incidentActivity = repository.getBpmnModelInstance(appealDefinitionId())
                .getModelElementById(runtime.createIncidentQuery().list().get(0).getActivityId())
                .getAttributeValue("name");
        String incidents = driver.findElement(By.cssSelector(COCKPIT_INCIDENT_ACTIVITY)).getText().trim();
        String diagram = driver.findElement(By.cssSelector(".djs-container")).getText();
        String type = driver.findElement(By.cssSelector("td.type")).getText().trim();
        // the activity tree, in the sidebar's other tab
        ui.click(wait.until(elementToBeClickable(By.cssSelector(".ctn-sidebar ul.nav-tabs a[ng-click=\"sidebarTab = 'filters'\"]"))));
        wait.until(visibilityOfElementLocated(By.cssSelector(".instance-tree .tree-node-label")));
        String tree = driver.findElement(By.cssSelector(".instance-tree")).getText();
        check(page.named(page.name() + "-tree"), language, prefix, foreign);
        if (language == Language.RUSSIAN) {
            assertThat(tree).contains("Обращение", "Работа над обращением").doesNotContain("Work on appeal");
            assertThat(incidents).as("activity of the incident").matches(".*\\p{IsCyrillic}.*")
                    .isNotEqualTo(incidentActivity);
            assertThat(type).isEqualTo("Сбой задания");
            assertThat(diagram).contains("Определить приоритет", "Решение по разбору?")
                    .doesNotContain("Determine priority", "Triage decision?");
        } else {
            assertThat(tree).contains("Appeal", "Work on appeal");
            assertThat(incidents).as("activity of the incident").isEqualTo(incidentActivity);
            assertThat(type).isEqualTo("Failed Job");
            assertThat(diagram).contains("Determine priority", "Triage decision?");
        }
    }

    @Test
    void aRussianBrowserSeesTheWebappsInRussian() throws IOException {
        walk(Language.RUSSIAN);
    }

    @Test
    void anEnglishBrowserSeesTheWebappsInEnglish() throws IOException {
        walk(Language.ENGLISH);
    }

    private void walk(Language language) throws IOException {
        Files.createDirectories(BrowserSession.SCREENSHOTS);
        String prefix = "webapp-" + language.code() + "-";
        Map<String, List<String>> foreign = new LinkedHashMap<>();
        // a browser of its own, not a BrowserSession: its language is set when it starts
        try (HeadlessChromium browser = HeadlessChromium.start("webapp-" + language.code(), language.tag)) {
            driver = browser.driver();
            wait = browser.newWait();
            ui = new TasklistUi(driver, wait, port);
            if (language.timeZone != null) {
                driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", language.timeZone));
            }
            try {
                assertThat(driver.executeScript("return navigator.languages[0]")).isEqualTo(language.tag);
                avoidBasicAuthDialog();

                Page login = new Page("01-login", "/camunda/app/welcome/default/", "Войти", "Log in");
                open(login, language);
                assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language.code());
                check(login, language, prefix, foreign);

                logIn("admin");
                for (Page page : List.of(
                        new Page("02-welcome", "/camunda/app/welcome/default/#!/welcome", "Приложения",
                                "Applications"),
                        new Page("03-cockpit-dashboard", "/camunda/app/cockpit/default/#/dashboard", "Сейчас",
                                "Right Now", ".stats-section.processes .value"),
                        new Page("04-cockpit-processes", "/camunda/app/cockpit/default/#/processes",
                                "развёрнутые определения процессов", "process definitions deployed",
                                "table tbody tr"),
                        new Page("05-cockpit-appeal", "/camunda/app/cockpit/default/#/process-definition/"
                                + appealDefinitionId() + "/runtime", "Экземпляры процессов", "Process Instances",
                                COCKPIT_START_TIME),
                        new Page("05-cockpit-appeal-instance", "/camunda/app/cockpit/default/#/process-instance/"
                                + incidentInstanceId() + "/runtime?tab=incidents-tab", "Инциденты", "Incidents",
                                COCKPIT_INCIDENT_ACTIVITY),
                        new Page("06-admin-users", "/camunda/app/admin/default/#/users", "Список пользователей",
                                "List of Users", "table tbody tr"),
                        new Page("07-admin-groups", "/camunda/app/admin/default/#/groups", "Список групп",
                                "List of Groups", "table tbody tr"),
                        new Page("08-admin-authorizations", "/camunda/app/admin/default/#/authorization?resource=0",
                                "Права доступа", "Authorizations", "table tbody tr"),
                        new Page("09-admin-system",
                                "/camunda/app/admin/default/#/system?section=system-settings-general",
                                "Движок процессов", "Process engine"))) {
                    open(page, language);
                    check(page, language, prefix, foreign);
                    if (page.name().equals("07-admin-groups")) {
                        // our groups under their names in the page's language (names.ru.js), as stored in English
                        String groups = driver.findElement(By.cssSelector("table tbody")).getText();
                        if (language == Language.RUSSIAN) {
                            assertThat(groups).contains("Поддержка, первая линия", "Дежурные инженеры")
                                    .doesNotContain("Support, first line", "Duty engineers");
                        } else {
                            assertThat(groups).contains("Support, first line", "Duty engineers");
                        }
                    }
                    if (COCKPIT_INCIDENT_ACTIVITY.equals(page.loaded())) {
                        activitiesInTheirNames(page, language, prefix, foreign);
                    }
                    if (COCKPIT_START_TIME.equals(page.loaded())) {
                        assertThat(driver.findElement(By.cssSelector(COCKPIT_START_TIME)).getText())
                                .as("start time of the appeal in Cockpit").matches(language.cockpitTime);
                    }
                }

                // a task sent back whole, as Tasklist does when it sets a due or follow-up date (an admin may):
                // its Camunda Form reference does not refuse it, and in Russian the name shown does not
                // become the engine's name
                Task work = appealTask(null, "UserTask_WorkOnAppeal");
                assertThat(((JavascriptExecutor) driver).executeAsyncScript(SEND_TASK_BACK_AS_SHOWN, work.getId(),
                        language == Language.RUSSIAN)).isEqualTo(204L);
                assertThat(tasks.createTaskQuery().taskId(work.getId()).singleResult().getName())
                        .isEqualTo(work.getName());

                logIn("agent");
                Page queue = new Page("10-tasklist", "/camunda/app/tasklist/default/", "Запустить процесс",
                        "Start process");
                open(queue, language);
                // the keyboard shortcuts (their descriptions come from config.js) and the start dialog
                openDialog("li.shortcut-help a", language == Language.RUSSIAN ? "Сочетание клавиш" : "Shortcut");
                check(queue.named("10-tasklist-shortcuts"), language, prefix, foreign);
                closeDialog();
                openDialog("li.start-process-action a", language == Language.RUSSIAN
                        ? "Выберите процесс для запуска" : "Click on the process to start");
                check(queue.named("11-tasklist-start-process"), language, prefix, foreign);
                closeDialog();

                ui.openFilter(language == Language.RUSSIAN ? "Очередь поддержки по сроку" : "Support queue by deadline");
                ui.click(wait.until(elementToBeClickable(By.cssSelector(".tasks-list .task a"))));
                // moment's Russian locale, not only our labels ("Created 2 minutes ago"), on the first visit
                // (translations arrive after the list is drawn) and on the next (they come from the cache)
                waitForTaskAndItsTimes(language);
                check(queue.named("12-tasklist-task"), language, prefix, foreign);
                driver.navigate().refresh();
                ui.click(wait.until(elementToBeClickable(By.cssSelector(".tasks-list .task a"))));
                waitForTaskAndItsTimes(language);
                check(queue.named("13-tasklist-task-again"), language, prefix, foreign);

                // the triage form and the work form, each one form read in the reader's language
                String formTab = language == Language.RUSSIAN ? "Форма" : "Form";
                openTask(appealTask(null, "UserTask_TriageAppeal").getId(), formTab, language == Language.RUSSIAN
                        ? "Срочность: как скоро это нужно клиенту?" : "Urgency: how soon does the customer need it?");
                check(queue.named("14-tasklist-triage-form"), language, prefix, foreign);
                openTask(appealTask(null, "UserTask_WorkOnAppeal").getId(), formTab, language == Language.RUSSIAN
                        ? "Отправить ответ и продолжить работу" : "Send the reply and keep working");
                check(queue.named("15-tasklist-work-form"), language, prefix, foreign);

                // the phone-call start form, with form-js's own validation messages
                startProcess(queue, language, "Регистрация телефонного звонка", "Register phone call");
                String required = language == Language.RUSSIAN ? "Обязательное поле." : "Field is required.";
                String start = language == Language.RUSSIAN ? "Запустить" : "Start";
                WebElement startButton = wait.until(elementToBeClickable(By.xpath(
                        "//div[contains(@class,'modal-footer')]//button[normalize-space(.)='" + start + "']")));
                ui.click(startButton);
                wait.until(page -> driver.findElements(By.cssSelector(".fjs-form-field-error")).stream()
                        .filter(error -> error.getText().trim().equals(required)).count() == 5);
                assertThat(driver.findElement(By.cssSelector(".modal-body .fjs-form")).getText())
                        .contains(language == Language.RUSSIAN ? "Логин" : "Login")
                        .doesNotContain(language == Language.RUSSIAN ? "Login" : "Логин");
                check(queue.named("16-tasklist-phone-call"), language, prefix, foreign);
                if (language == Language.RUSSIAN) {
                    // the desk's own refusal (a description of blanks), written in both languages, reads Russian
                    for (Map.Entry<String, String> field : Map.of("Логин", "olga", "Проект", "shop-prod",
                            "Имя звонящего", "Ольга", "Тема", "Нет связи", "Описание", "   ").entrySet()) {
                        ui.type(field.getKey(), field.getValue());
                    }
                    ui.click(startButton);
                    wait.until(visibilityOfElementLocated(By.xpath("//div[contains(@class,'modal')]"
                            + "//div[contains(@class,'alert-danger')][contains(normalize-space(.),'Описание: обязательное поле')]")));
                    check(queue.named("16-tasklist-phone-call-refused"), language, prefix, foreign);
                }

                // sales' cost request: a date field typed as the page's language writes dates
                logIn("sales");
                startProcess(queue, language, "Заявка на расчёт стоимости Managed Services",
                        "Managed Services cost request");
                WebElement date = wait.until(visibilityOfElementLocated(By.cssSelector(".modal-body .fjs-datepicker input")));
                wait.until(page -> date.getDomAttribute("placeholder").equals(language.datePlaceholder));
                check(queue.named("17-tasklist-cost-request"), language, prefix, foreign);
                // its calendar: month and weekday names in the page's language, weeks from Monday in Russian
                ui.click(date);
                WebElement calendar = wait.until(visibilityOfElementLocated(By.cssSelector(
                        ".modal-body .flatpickr-calendar.open")));
                String month = calendar.findElement(By.cssSelector(".flatpickr-monthDropdown-months option:checked"))
                        .getText().trim();
                List<String> weekdays = calendar.findElements(By.cssSelector(".flatpickr-weekday")).stream()
                        .map(day -> day.getText().trim()).toList();
                java.time.Month thisMonth = java.time.LocalDate.now(ZoneId.of("Europe/Moscow")).getMonth();
                if (language == Language.RUSSIAN) {
                    String russianMonth = thisMonth.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE,
                            Locale.forLanguageTag("ru"));
                    assertThat(month).isEqualToIgnoringCase(russianMonth);
                    assertThat(weekdays).containsExactly("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс");
                } else {
                    assertThat(month).isEqualTo(thisMonth.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
                    assertThat(weekdays).containsExactly("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat");
                }
                check(queue.named("18-tasklist-cost-request-calendar"), language, prefix, foreign);

                if (language == Language.RUSSIAN) {
                    ownTimeZone(language, prefix, foreign);
                }
            }
            catch (RuntimeException | AssertionError e) {
                BrowserSession.capture(driver, prefix + "failure");
                Files.writeString(BrowserSession.SCREENSHOTS.resolve(prefix + "failure-console.txt"), HeadlessChromium.consoleLog(driver));
                throw e;
            }
            finally {
                driver = null;
                ui = null;
            }
        }
        assertThat(foreign).as("texts not in %s on the pages (data and proper names removed)", language).isEmpty();
    }

    private static final String NOVOSIBIRSK = "Asia/Novosibirsk";

    /**
     * An engineer in Novosibirsk: the agent chooses the zone in Tasklist's footer; the queue's cards and
     * the footer then write and name Novosibirsk time, on a computer still set to Moscow. An admin with
     * that zone sees Cockpit's and Admin's times in it too; a modeler (no Tasklist) chooses it in
     * Cockpit's footer.
     */
    private void ownTimeZone(Language language, String prefix, Map<String, List<String>> foreign) {
        try {
            logIn("agent");
            Page queue = new Page("19-tasklist-own-zone", "/camunda/app/tasklist/default/", "Запустить процесс",
                    "Start process");
            open(queue, language);
            WebElement choice = wait.until(visibilityOfElementLocated(By.cssSelector("#footer-timezone select.sd-zone-choice")));
            new org.openqa.selenium.support.ui.Select(choice).selectByValue(NOVOSIBIRSK);
            // saved, and the page loads again in the new zone
            waitForFooterNaming("в вашем часовом поясе: " + NOVOSIBIRSK);
            assertThat(identity.getUserInfo("agent", "supportdesk.timeZone")).isEqualTo(NOVOSIBIRSK);
            ui.openFilter("Очередь поддержки по сроку");
            wait.until(page -> !driver.findElements(By.cssSelector(".tasks-list .sd-at")).isEmpty());
            List<String> times = driver.findElements(By.cssSelector(".tasks-list .sd-at")).stream()
                    .map(time -> time.getText().trim()).toList();
            DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of(NOVOSIBIRSK));
            List<String> deadlines = runtime.createProcessInstanceQuery().processDefinitionKey("appeal").list().stream()
                    .flatMap(instance -> java.util.stream.Stream.of("firstResponseDueAt", "resolutionDueAt")
                            .map(name -> runtime.getVariable(instance.getId(), name)))
                    .filter(java.util.Objects::nonNull)
                    .map(due -> clock.format(((java.util.Date) due).toInstant()))
                    .toList();
            assertThat(times).as("deadlines on the cards, in Novosibirsk time and named").isNotEmpty()
                    .allSatisfy(time -> assertThat(time).endsWith("GMT+7"))
                    .anySatisfy(time -> assertThat(deadlines).anySatisfy(hhmm -> assertThat(time).contains(hhmm)));
            assertThat(driver.findElement(By.cssSelector(".tasks-list .sd-card-due[title]")).getDomAttribute("title"))
                    .contains("(" + NOVOSIBIRSK + ")");
            check(queue, Language.RUSSIAN_OWN_ZONE, prefix, foreign);

            identity.setUserInfo("admin", "supportdesk.timeZone", NOVOSIBIRSK);
            logIn("admin");
            Page cockpit = new Page("20-cockpit-own-zone", "/camunda/app/cockpit/default/#/process-definition/"
                    + appealDefinitionId() + "/runtime", "Экземпляры процессов", "Process Instances", COCKPIT_START_TIME);
            open(cockpit, language);
            DateTimeFormatter russian = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(ZoneId.of(NOVOSIBIRSK));
            Set<String> started = new HashSet<>();
            history.createHistoricProcessInstanceQuery().processDefinitionKey("appeal").list()
                    .forEach(instance -> started.add(russian.format(instance.getStartTime().toInstant())));
            wait.until(page -> driver.findElements(By.cssSelector(COCKPIT_START_TIME)).stream()
                    .map(cell -> cell.getText().trim()).allMatch(started::contains));
            assertThat(driver.findElement(By.id("footer-timezone")).getText()).contains(NOVOSIBIRSK);
            check(cockpit, Language.RUSSIAN_OWN_ZONE, prefix, foreign);

            // Admin names and writes the admin's zone too
            Page admin = new Page("21-admin-own-zone", "/camunda/app/admin/default/#/users", "Список пользователей",
                    "List of Users", "table tbody tr");
            open(admin, language);
            waitForFooterNaming("в вашем часовом поясе: " + NOVOSIBIRSK);
            check(admin, Language.RUSSIAN_OWN_ZONE, prefix, foreign);

            // a modeler (Cockpit, no Tasklist) chooses the zone in Cockpit's footer
            logIn("modeler");
            Page processes = new Page("22-cockpit-modeler-zone", "/camunda/app/cockpit/default/#/processes",
                    "развёрнутые определения процессов", "process definitions deployed", "table tbody tr");
            open(processes, language);
            new org.openqa.selenium.support.ui.Select(wait.until(visibilityOfElementLocated(
                    By.cssSelector("#footer-timezone select.sd-zone-choice")))).selectByValue(NOVOSIBIRSK);
            waitForFooterNaming("в вашем часовом поясе: " + NOVOSIBIRSK);
            assertThat(identity.getUserInfo("modeler", "supportdesk.timeZone")).isEqualTo(NOVOSIBIRSK);
            check(processes, Language.RUSSIAN_OWN_ZONE, prefix, foreign);

        } finally {
            for (String user : List.of("agent", "admin", "modeler")) {
                identity.deleteUserInfo(user, "supportdesk.timeZone");
            }
        }
    }

    private void waitForFooterNaming(String text) {
        wait.until(page -> {
            try {
                return driver.findElements(By.cssSelector("#footer-timezone")).stream()
                        .anyMatch(note -> note.getText().contains(text));
            }
            catch (WebDriverException e) { // the note of the page before it loaded again
                return false;
            }
        });
    }

    /** Reads a task through the page's engine API (names as shown) and saves it back whole, as Tasklist does. */
    private static final String SEND_TASK_BACK_AS_SHOWN = """
            const [id, russian, done] = arguments;
            const address = '/camunda/api/engine/engine/default/task/' + id;
            const token = (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1];
            const read = new XMLHttpRequest();
            read.open('GET', address);
            read.onload = () => {
              const task = JSON.parse(read.responseText);
              if (russian !== /[\u0400-\u04FF]/.test(task.name)) {
                done('shown with the name of another language: ' + task.name);
                return;
              }
              const save = new XMLHttpRequest();
              save.open('PUT', address);
              save.setRequestHeader('Content-Type', 'application/json');
              if (token) {
                save.setRequestHeader('X-XSRF-TOKEN', decodeURIComponent(token));
              }
              save.onload = () => done(save.status === 204 ? 204 : save.status + ' ' + save.responseText);
              save.send(JSON.stringify(task));
            };
            read.send();
            """;

    /** Opens a task by its address, then its Form tab, and waits for the form to show {@code formText}. */
    private void openTask(String taskId, String formTab, String formText) {
        driver.get(baseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId);
        ui.tab(formTab);
        wait.until(page -> driver.findElements(By.cssSelector(".fjs-form")).stream()
                .anyMatch(form -> form.isDisplayed() && form.getText().contains(formText)));
    }

    private void waitForTaskAndItsTimes(Language language) {
        String formTab = language == Language.RUSSIAN ? "Форма" : "Form";
        String ago = language == Language.RUSSIAN ? "назад" : "ago";
        wait.until(page -> driver.findElement(By.cssSelector(".task-details")).getText().contains(formTab));
        wait.until(page -> driver.findElement(By.cssSelector(".tasks-list")).getText().contains(ago));
    }

    // --- pages ---

    private void open(Page page, Language language) {
        driver.get(baseUrl() + page.path());
        String expected = page.expected(language).toLowerCase(Locale.ROOT);
        String loading = language == Language.RUSSIAN ? "загрузка" : "loading";
        wait.until(shown -> visibleTexts().stream()
                .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(expected)));
        wait.until(shown -> driver.findElements(By.cssSelector(".app-splash, .loader, .spinner")).stream()
                .noneMatch(WebElement::isDisplayed));
        wait.until(shown -> visibleTexts().stream()
                .noneMatch(text -> text.toLowerCase(Locale.ROOT).startsWith(loading)));
        if (page.loaded() != null) {
            wait.until(shown -> driver.findElements(By.cssSelector(page.loaded())).stream()
                    .anyMatch(element -> element.isDisplayed() && !NOT_LOADED.contains(element.getText().trim())));
        }
    }

    private void check(Page page, Language language, String prefix, Map<String, List<String>> foreign) {
        List<String> data = engineData();
        try {
            // words translated by angular-translate's directive arrive a digest after the page is drawn
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> foreignTexts(language, data).isEmpty());
        } catch (TimeoutException stillForeign) {
            // reported below, with the screenshot of the page as it stayed
        }
        BrowserSession.capture(driver, prefix + page.name());
        List<String> texts = visibleTexts();
        assertThat(texts).as("visible texts of %s", page.name()).hasSizeGreaterThan(5);
        assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed))
                .as("Camunda 8 notice on %s", page.name()).isEmpty();
        if (language.timeZone != null) {
            assertThat(String.join(" ", texts)).as("time zone named in the footer of %s", page.name())
                    .contains(language.timeZone);
        }
        List<String> found = foreignTexts(language, data);
        if (!found.isEmpty()) {
            foreign.computeIfAbsent(page.name(), name -> new ArrayList<>()).addAll(found);
        }
    }

    /** Each visible text with a word of the other language, and those words. */
    private List<String> foreignTexts(Language language, List<String> data) {
        List<String> found = new ArrayList<>();
        for (String text : visibleTexts()) {
            List<String> words = language.foreignWords(withoutData(text, data));
            if (!words.isEmpty()) {
                found.add(text + " " + words);
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private List<String> visibleTexts() {
        return (List<String>) driver.executeScript(VISIBLE_TEXTS);
    }

    // --- what the engine holds: shown as it is, in whatever language it was written ---

    private List<String> engineData() {
        Set<String> data = new HashSet<>();
        data.add(engine.getName());
        data.addAll(APPEAL.values());
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
            data.add(definition.getId());
            data.add(definition.getKey());
            data.add(definition.getVersionTag());
            // the elements' names are words staff read (Russian from names.ru.js), their ids are data
            repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(FlowElement.class)
                    .forEach(element -> data.add(element.getId()));
        }
        repository.createDecisionDefinitionQuery().list().forEach(decision -> {
            data.add(decision.getKey());
            data.add(decision.getName());
        });
        repository.createDeploymentQuery().list().forEach(deployment -> data.add(deployment.getName()));
        for (Filter filter : filters.createFilterQuery().list()) {
            Map<String, Object> properties = filter.getProperties();
            if (properties != null) {
                if (properties.get("variables") instanceof List<?> variables) {
                    variables.forEach(variable -> {
                        if (variable instanceof Map<?, ?> map) {
                            data.add(String.valueOf(map.get("name")));
                            data.add(String.valueOf(map.get("label")));
                        }
                    });
                }
            }
        }
        tasks.createTaskQuery().list().forEach(task -> {
            data.add(task.getDescription());
            data.add(task.getTaskDefinitionKey());
        });
        runtime.createProcessInstanceQuery().list().forEach(instance -> {
            data.add(instance.getBusinessKey());
            runtime.getVariables(instance.getId()).forEach((name, value) -> {
                data.add(name);
                data.add(String.valueOf(value));
            });
        });
        identity.createUserQuery().list().forEach(user -> {
            data.add(user.getId());
            data.add(user.getFirstName() + " " + user.getLastName());
            data.add(user.getFirstName());
            data.add(user.getLastName());
            data.add(user.getEmail());
        });
        authorizations.createAuthorizationQuery().list().forEach(authorization -> {
            data.add(authorization.getResourceId());
            data.add(authorization.getGroupId());
            data.add(authorization.getUserId());
        });
        identity.createGroupQuery().list().forEach(group -> {
            data.add(group.getId());
            data.add(group.getName());
            data.add(group.getType());
        });
        data.removeIf(value -> value == null || value.isBlank() || value.equals("null"));
        List<String> longestFirst = new ArrayList<>(data);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return longestFirst;
    }

    private static String withoutData(String text, List<String> data) {
        String rest = UUID.matcher(text).replaceAll(" ");
        for (String value : data) {
            rest = rest.replace(value, " ");
        }
        return TIME_ZONE.matcher(rest).replaceAll(" ");
    }

    // --- Tasklist ---

    /** Opens Tasklist's start dialog and picks the process by its name in the page's language. */
    private void startProcess(Page queue, Language language, String russianName, String englishName) {
        open(queue, language);
        openDialog("li.start-process-action a", language == Language.RUSSIAN
                ? "Выберите процесс для запуска" : "Click on the process to start");
        ui.chooseProcessToStart(language == Language.RUSSIAN ? russianName : englishName);
    }

    private void openDialog(String opener, String expected) {
        ui.click(wait.until(elementToBeClickable(By.cssSelector(opener))));
        wait.until(driver -> driver.findElements(By.cssSelector(".modal-content")).stream()
                .anyMatch(dialog -> dialog.isDisplayed() && dialog.getText().contains(expected)));
        // faded and slid in: the screenshot shows the dialog, not its animation
        wait.until(page -> Boolean.TRUE.equals(driver.executeScript(
                "const modal = document.querySelector('.modal');"
                        + "const dialog = modal && modal.querySelector('.modal-dialog');"
                        + "return !!dialog && getComputedStyle(modal).opacity === '1'"
                        + " && ['none', 'matrix(1, 0, 0, 1, 0, 0)'].includes(getComputedStyle(dialog).transform);")));
    }

    private void closeDialog() {
        ui.click(driver.findElement(By.cssSelector(".modal-content .modal-footer button, .modal-content button.close")));
        wait.until(driver -> driver.findElements(By.cssSelector(".modal-content")).isEmpty());
    }

    // --- login ---

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * Signs in on the welcome page, not Tasklist's as {@link TasklistUi#logIn} does: the admin and the
     * modeler work in Cockpit and Admin. The demo users' password is their id (default profile).
     */
    private void logIn(String user) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl() + "/camunda/app/welcome/default/");
        wait.until(visibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
        ui.fill(By.cssSelector("form[name=signinForm] input[ng-model=username]"), user);
        ui.fill(By.cssSelector("form[name=signinForm] input[ng-model=password]"), user);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        wait.until(driver -> driver.findElements(By.cssSelector("form[name=signinForm]")).isEmpty()
                || !driver.findElements(By.cssSelector(".page-notifications .alert-danger")).isEmpty());
        assertThat(driver.findElements(By.cssSelector(".page-notifications .alert-danger")))
                .as("login notifications of %s", user).isEmpty();
    }

    /**
     * Camunda's login page asks {@code GET /camunda-welcome} on a browser's first visit; a Basic
     * challenge there would open the browser's own login dialog over the page.
     */
    private void avoidBasicAuthDialog() throws IOException {
        HttpResponse<Void> probe;
        try {
            probe = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/camunda-welcome")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(probe.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    /** The appeal this test writes: the customer's own words, which the Appeal tab shows as they are. */
    private static final Map<String, String> APPEAL = Map.of("channel", "FEEDBACK_FORM", "email", "olga@example.com", "login", "olga",
                "project", "shop-prod", "subject", "Instances unreachable",
                "description", "All instances in shop-prod stopped answering on port 443.",
                "urgency", "HIGH", "impact", "MEDIUM");

    private JsonNode postAppeal() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        Map<String, String> body = APPEAL;
        ResponseEntity<JsonNode> response = http.postForEntity("/api/appeals", new HttpEntity<>(body, headers),
                JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }

    /** The task at {@code taskKey} of the appeal {@code number} (of any appeal when null). */
    private org.camunda.bpm.engine.task.Task appealTask(String number, String taskKey) {
        var query = tasks.createTaskQuery().processDefinitionKey("appeal").taskDefinitionKey(taskKey);
        if (number != null) {
            query.processInstanceBusinessKey(number);
        }
        return query.list().get(0);
    }

    private String appealDefinitionId() {
        return repository.createProcessDefinitionQuery().processDefinitionKey("appeal").latestVersion()
                .singleResult().getId();
    }
}
