package org.supportdesk.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.File;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.supportdesk.HeadlessChromium;

/**
 * Tasklist's due-date and follow-up-date pickers read and write times in the staff member's time
 * zone, not the computer's: a Russian agent on a computer set to Tokyo sees the task's due time in
 * Moscow time and, picking 15:00, sets it to 15:00 in Moscow; an English agent who chose Novosibirsk,
 * on a computer in UTC, does the same in Novosibirsk time. The picker names the zone. What the engine
 * stores is the moment meant. The task search's date pills do the same: the pill shows its date in the
 * staff zone, its picker opens on it and a picked time means that zone's, so the search asks for the
 * moment meant. Cockpit's date pickers name months and weekdays in the page's language and start the
 * week on Monday on a Russian page.
 *
 * <p>Screenshots of the open pickers are kept in {@code target/screenshots/task-dates-<lang>-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:task-date-pickers;DB_CLOSE_DELAY=-1"})
@DirtiesContext
class TaskDatePickersBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String USER = "agent";
    private static final String ZONE_INFO = "supportdesk.timeZone";
    private static final String TASK_NAME = "Call the customer back";
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    /** The task's due moment before the agent changes it: 12:30 in Moscow, 16:30 in Novosibirsk. */
    private static final Instant DUE_BEFORE = Instant.parse("2030-03-10T09:30:00Z");

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    // a browser per test, not a BrowserSession: each test starts it in its own language
    private ChromeDriver driver;
    private WebDriverWait wait;
    private String taskId;

    @AfterEach
    void forgetTheTaskAndTheZone() {
        if (taskId != null) {
            tasks.deleteTask(taskId, true);
        }
        identity.deleteUserInfo(USER, ZONE_INFO);
    }

    @Test
    void aRussianAgentOnATokyoComputerSetsTimesInMoscowTime() throws IOException {
        setBothDates("ru", "Asia/Tokyo", null, ZoneId.of("Europe/Moscow"), "Часовой пояс:", "март 2030", "пн");
    }

    @Test
    void anEnglishAgentWhoChoseNovosibirskOnAUtcComputerSetsTimesInNovosibirskTime() throws IOException {
        setBothDates("en-US", "UTC", "Asia/Novosibirsk", ZoneId.of("Asia/Novosibirsk"), "Time zone:", "March 2030", "Sun");
    }

    @Test
    void cockpitsCalendarIsRussianOnARussianPage() throws IOException {
        cockpitCalendar("ru", "март 2030", "пн");
    }

    @Test
    void cockpitsCalendarIsEnglishOnAnEnglishPage() throws IOException {
        cockpitCalendar("en-US", "March 2030", "Sun");
    }

    /**
     * @param monthShown the title of the due-date picker (the month of the task's due date)
     * @param firstDayOfWeek the first column of the picker's days
     */
    private void setBothDates(String language, String computerZone, String ownZone, ZoneId staffZone, String zoneLabel,
            String monthShown, String firstDayOfWeek) throws IOException {
        if (ownZone != null) {
            identity.setUserInfo(USER, ZONE_INFO, ownZone);
        }
        Task task = tasks.newTask();
        task.setName(TASK_NAME);
        task.setAssignee(USER);
        task.setDueDate(Date.from(DUE_BEFORE));
        tasks.saveTask(task);
        taskId = task.getId();
        String prefix = "task-dates-" + language.substring(0, 2) + "-";
        Files.createDirectories(SCREENSHOTS);

        try (HeadlessChromium browser = HeadlessChromium.start(prefix + "browser", language)) {
            driver = browser.driver();
            wait = browser.newWait();
            driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", computerZone));
            try {
                logIn(USER);
                driver.get(baseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId);
                // the footer names the staff zone once the page knows it
                wait.until(page -> staffZone.getId().equals(driver.findElement(By.id("footer-timezone"))
                        .getDomAttribute("data-zone")));

                // the due date: the picker opens on the task's time in the staff zone, not the computer's
                openPicker("due-date");
                LocalDateTime dueBefore = LocalDateTime.ofInstant(DUE_BEFORE, staffZone);
                assertThat(pickerTime()).as("the due time the picker opens on").isEqualTo(dueBefore.toLocalTime());
                assertThat(zoneBesideThePicker()).isEqualTo(zoneLabel + " " + staffZone.getId());
                // the calendar in the page's language
                assertThat(pickerText(".uib-title")).isEqualToIgnoringCase(monthShown);
                assertThat(pickerText(".uib-daypicker thead tr:last-child th:nth-child(2)")).isEqualToIgnoringCase(firstDayOfWeek);
                pick(20, LocalTime.of(15, 0));
                assertThat(preview("due-date")).as("the time shown above the picker").contains("15:00");
                screenshot(prefix + "due-date");
                apply();
                Instant dueMeant = dueBefore.withDayOfMonth(20).with(LocalTime.of(15, 0)).atZone(staffZone).toInstant();
                wait.until(stored -> dueMeant.equals(stored(Task::getDueDate)));

                // the follow-up date: none yet, so the picker opens on the staff zone's "now"
                YearMonth monthBefore = YearMonth.now(staffZone);
                int hourBefore = ZonedDateTime.now(staffZone).getHour();
                openPicker("followup-date");
                int hourShown = pickerTime().getHour();
                int hourAfter = ZonedDateTime.now(staffZone).getHour();
                assertThat(List.of(hourBefore, hourAfter)).as("the hour now in %s", staffZone).contains(hourShown);
                assertThat(zoneBesideThePicker()).isEqualTo(zoneLabel + " " + staffZone.getId());
                pick(15, LocalTime.of(9, 45));
                assertThat(preview("followup-date")).as("the time shown above the picker").contains("09:45");
                screenshot(prefix + "followup-date");
                apply();
                wait.until(stored -> stored(Task::getFollowUpDate) != null);
                ZonedDateTime followUp = stored(Task::getFollowUpDate).atZone(staffZone);
                assertThat(followUp.toLocalTime()).isEqualTo(LocalTime.of(9, 45));
                assertThat(followUp.getDayOfMonth()).isEqualTo(15);
                assertThat(List.of(monthBefore, YearMonth.now(staffZone))).contains(YearMonth.from(followUp));
                // the due date stayed what was picked
                assertThat(stored(Task::getDueDate)).isEqualTo(dueMeant);

                searchByDueDate(prefix, computerZone, staffZone, zoneLabel, dueMeant);
            }
            catch (RuntimeException | AssertionError e) {
                screenshot(prefix + "failed");
                throw new AssertionError(e.getMessage() + "\nconsole:\n" + HeadlessChromium.consoleLog(driver), e);
            }
        }
    }

    /**
     * The task search, a pill "due before" the task's due time: the pill and its picker show that time
     * in the staff zone; picking half an hour later in the staff zone, the search asks for that moment
     * (the pill keeps the computer's wall time of it, which Camunda's search reads as the computer's).
     */
    private void searchByDueDate(String prefix, String computerZone, ZoneId staffZone, String zoneLabel, Instant due)
            throws IOException {
        LocalDateTime dueInStaffZone = LocalDateTime.ofInstant(due, staffZone);
        String search = "[{\"type\":\"due\",\"operator\":\"Before\",\"value\":\""
                + computerWallTime(due, computerZone) + "\",\"name\":\"\"}]";
        driver.get(baseUrl() + "/camunda/app/tasklist/default/#/?searchQuery="
                + URLEncoder.encode(search, StandardCharsets.UTF_8).replace("+", "%20"));
        By pillValue = By.cssSelector("[cam-widget-search-pill] [cam-widget-inline-field].value-field .view-value");
        WebElement value = wait.until(visibilityOfElementLocated(pillValue));
        wait.until(shown -> value.getText().contains(dueInStaffZone.format(HOURS_MINUTES)));

        click(value);
        wait.until(visibilityOfElementLocated(By.cssSelector(".cam-widget-inline-field.field-control .uib-daypicker")));
        assertThat(pickerTime()).as("the time the search's picker opens on").isEqualTo(dueInStaffZone.toLocalTime());
        assertThat(zoneBesideThePicker()).isEqualTo(zoneLabel + " " + staffZone.getId());
        LocalDateTime meant = dueInStaffZone.plusMinutes(30);
        pick(meant.getDayOfMonth(), meant.toLocalTime());
        screenshot(prefix + "search");
        apply();

        String asked = computerWallTime(meant.atZone(staffZone).toInstant(), computerZone);
        wait.until(url -> URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8).contains("\"value\":\"" + asked + "\""));
        wait.until(shown -> driver.findElement(pillValue).getText().contains(meant.format(HOURS_MINUTES)));
        screenshot(prefix + "search-result");
    }

    /** Camunda's pills keep a date as the computer's wall time, as its date pickers write it. */
    private static String computerWallTime(Instant moment, String computerZone) {
        return LocalDateTime.ofInstant(moment, ZoneId.of(computerZone)).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    /** Cockpit's deployments, searched by deployment time: the pill's date picker in the page's language. */
    private void cockpitCalendar(String language, String monthShown, String firstDayOfWeek) throws IOException {
        String prefix = "task-dates-" + language.substring(0, 2) + "-";
        Files.createDirectories(SCREENSHOTS);
        try (HeadlessChromium browser = HeadlessChromium.start(prefix + "cockpit-browser", language)) {
            driver = browser.driver();
            wait = browser.newWait();
            try {
                logIn("admin");
                String search = "[{\"type\":\"deploymentTime\",\"operator\":\"Before\",\"value\":\"2030-03-20T15:00:00\"}]";
                driver.get(baseUrl() + "/camunda/app/cockpit/default/#/repository?deploymentsQuery="
                        + URLEncoder.encode(search, StandardCharsets.UTF_8).replace("+", "%20"));
                click(wait.until(visibilityOfElementLocated(
                        By.cssSelector("[cam-widget-search-pill] [cam-widget-inline-field].value-field .view-value"))));
                wait.until(visibilityOfElementLocated(By.cssSelector(".cam-widget-inline-field.field-control .uib-daypicker")));
                assertThat(pickerText(".uib-title")).isEqualToIgnoringCase(monthShown);
                assertThat(pickerText(".uib-daypicker thead tr:last-child th:nth-child(2)")).isEqualToIgnoringCase(firstDayOfWeek);
                screenshot(prefix + "cockpit-search");
            }
            catch (RuntimeException | AssertionError e) {
                screenshot(prefix + "cockpit-failed");
                throw new AssertionError(e.getMessage() + "\nconsole:\n" + HeadlessChromium.consoleLog(driver), e);
            }
        }
    }

    private Instant stored(java.util.function.Function<Task, Date> date) {
        Date value = date.apply(tasks.createTaskQuery().taskId(taskId).singleResult());
        return value == null ? null : value.toInstant();
    }

    private void openPicker(String field) {
        WebElement value = wait.until(visibilityOfElementLocated(
                By.cssSelector("[cam-tasklist-task-meta] [cam-widget-inline-field]." + field + " .view-value")));
        click(value);
        wait.until(visibilityOfElementLocated(By.cssSelector(".cam-widget-inline-field.field-control .uib-daypicker")));
    }

    private LocalTime pickerTime() {
        return LocalTime.of(Integer.parseInt(timeInput("hours").getDomProperty("value")),
                Integer.parseInt(timeInput("minutes").getDomProperty("value")));
    }

    private WebElement timeInput(String unit) {
        return wait.until(visibilityOfElementLocated(
                By.cssSelector(".cam-widget-inline-field.field-control [uib-timepicker] input[ng-model='" + unit + "']")));
    }

    private String pickerText(String css) {
        return driver.findElement(By.cssSelector(".cam-widget-inline-field.field-control " + css)).getText().trim();
    }

    private String zoneBesideThePicker() {
        return wait.until(visibilityOfElementLocated(By.cssSelector(".cam-widget-inline-field.field-control .sd-picker-zone")))
                .getText().trim();
    }

    /** Picks the day of the month the picker shows, then the time. */
    private void pick(int day, LocalTime time) {
        List<WebElement> days = driver.findElements(By.xpath("//*[contains(@class,'field-control')]//td[contains(@class,'uib-day')]"
                + "/button[not(span[contains(@class,'text-muted')]) and normalize-space(.)='" + day + "']"));
        assertThat(days).as("day %s of the month shown", day).hasSize(1);
        click(days.get(0));
        type(timeInput("hours"), String.format("%02d", time.getHour()));
        type(timeInput("minutes"), String.format("%02d", time.getMinute()));
        wait.until(shown -> pickerTime().equals(time));
    }

    private String preview(String field) {
        return driver.findElement(By.cssSelector("[cam-tasklist-task-meta] [cam-widget-inline-field]." + field + " .preview"))
                .getText();
    }

    private void apply() {
        click(driver.findElement(By.cssSelector(".cam-widget-inline-field.btn-group button[ng-click='applyChange($event);']")));
        wait.until(closed -> driver.findElements(By.cssSelector(".cam-widget-inline-field.field-control")).stream()
                .noneMatch(WebElement::isDisplayed));
    }

    private void type(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void screenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The demo users' password is their id (default profile). */
    private void logIn(String user) {
        driver.get(baseUrl() + "/camunda/app/welcome/default/");
        wait.until(visibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
        driver.findElement(By.cssSelector("form[name=signinForm] input[ng-model=username]")).sendKeys(user);
        driver.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys(user);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        wait.until(page -> driver.findElements(By.cssSelector("form[name=signinForm]")).isEmpty());
    }
}
