package org.supportdesk.channel.webform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.supportdesk.BrowserSession;
import org.supportdesk.HeadlessChromium;

/**
 * A customer uses the feedback form in a headless Chromium: sends an appeal with a log file,
 * follows the status link, sees the acknowledgement and their file and writes a reply; a bad
 * e-mail address is shown beside its field and creates nothing.
 *
 * <p>Screenshots (and the page source) of each step and of any failure are kept in
 * {@code target/screenshots} with the prefix {@code feedback-}. The browser is the system's
 * Chromium with its matching driver; the test never downloads one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:feedback-form;DB_CLOSE_DELAY=-1",
        "supportdesk.intake-rate-limit.requests-per-minute=1000"})
@DirtiesContext
class FeedbackFormBrowserIT {

    private static final String DESCRIPTION = "Since 09:40 UTC our instances in project web-prod cannot reach"
            + " the object storage; uploads time out after 30 seconds.";
    private static final String REPLY = "It still happens every few minutes; the log is attached to the request.";
    private static final String LOG_NAME = "upload-errors.log";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("feedback");

    private static Path files;

    private final ChromeDriver driver = browser.driver();
    private final WebDriverWait wait = browser.newWait();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void createFiles() throws IOException {
        files = Files.createTempDirectory("feedback-files-");
    }

    @AfterAll
    static void deleteFiles() throws IOException {
        HeadlessChromium.deleteTree(files);
    }

    @Test
    void customerSendsAnAppealWithALogAndRepliesOnTheStatusPage() throws IOException {
        Path log = files.resolve(LOG_NAME);
        Files.writeString(log, "2026-11-24T09:41:02Z PUT /bucket/report.csv timed out after 30000 ms\n"
                + "2026-11-24T09:43:17Z PUT /bucket/report.csv timed out after 30000 ms\n", StandardCharsets.UTF_8);

        openForm();
        switchLanguage("ru", "Обращение в техническую поддержку");
        switchLanguage("en", "Contact technical support");
        type("email", "maria@example.com");
        type("contactName", "Maria Ivanova");
        type("login", "maria");
        type("project", "web-prod");
        type("subject", "Uploads to object storage time out");
        type("description", DESCRIPTION);
        new Select(driver.findElement(By.id("urgency"))).selectByVisibleText("Soon, today if possible");
        new Select(driver.findElement(By.id("impact"))).selectByVisibleText("A part of it");
        assertThat(driver.findElement(By.cssSelector(".file-chosen")).getText()).isEqualTo("No files chosen");
        driver.findElement(By.id("attachments")).sendKeys(log.toAbsolutePath().toString());
        // the file button speaks the page's language, not the browser's
        wait.until(textToBePresentInElementLocated(By.cssSelector(".file-chosen"), LOG_NAME));
        switchLanguage("ru", "Обращение в техническую поддержку");
        assertThat(driver.findElement(By.cssSelector(".file-choose")).getText()).isEqualTo("Выбрать файлы");
        assertThat(driver.findElement(By.cssSelector(".file-chosen")).getText()).isEqualTo(LOG_NAME);
        browser.capture("feedback-01-filled-ru");
        switchLanguage("en", "Contact technical support");
        assertThat(driver.findElement(By.cssSelector(".file-choose")).getText()).isEqualTo("Choose files");
        browser.capture("feedback-01-filled");
        click(By.id("submit"));

        String number = wait.until(visibilityOfElementLocated(By.id("result-number"))).getText();
        assertThat(number).startsWith("SD-");
        assertThat(driver.findElement(By.id("result-first-response")).getText()).isNotBlank().isNotEqualTo("—");
        assertThat(driver.findElement(By.id("result-rejection")).isDisplayed()).isFalse();
        String link = driver.findElement(By.id("status-link")).getDomProperty("href");
        // the token travels only in the fragment, never to the server
        assertThat(link).contains("/feedback/status.html#number=" + number + "&token=");
        assertThat(link.substring(0, link.indexOf('#'))).doesNotContain("token");
        // and the language the customer chose on the form
        assertThat(link).endsWith("&lang=en");
        browser.capture("feedback-02-sent");

        click(By.id("status-link"));
        wait.until(textToBePresentInElementLocated(By.id("appeal-number"), number));
        // the acknowledgement is written by the process, possibly a moment after the intake
        By acknowledgement = By.cssSelector("#messages li.message[data-kind='ACKNOWLEDGEMENT'] .body");
        wait.until(driver -> {
            if (driver.findElements(acknowledgement).isEmpty()) {
                driver.navigate().refresh();
                return false;
            }
            return true;
        });
        assertThat(driver.findElement(acknowledgement).getText()).contains(number);
        wait.until(textToBePresentInElementLocated(By.id("attachments"), LOG_NAME));
        assertThat(driver.findElement(By.id("appeal-status")).getText()).isNotBlank();
        browser.capture("feedback-03-status");

        type("reply", REPLY);
        click(By.id("send-reply"));
        wait.until(textToBePresentInElementLocated(By.cssSelector("#messages li.message.inbound:last-child .body"),
                REPLY));
        wait.until(driver -> driver.findElement(By.id("reply")).getDomProperty("value").isEmpty());
        browser.capture("feedback-04-replied");

        // a link that carries Russian opens the status page in Russian, whatever the browser's language
        driver.get(link.replace("&lang=en", "&lang=ru"));
        wait.until(textToBePresentInElementLocated(By.tagName("h1"), "Обращение " + number));
        wait.until(textToBePresentInElementLocated(By.id("messages"), REPLY));
        browser.capture("feedback-04b-status-ru");

        ResponseEntity<JsonNode> staffView = http.withBasicAuth("agent", "agent")
                .getForEntity("/api/appeals/" + number, JsonNode.class);
        assertThat(staffView.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode appeal = staffView.getBody();
        assertThat(appeal).isNotNull();
        assertThat(appeal.path("channel").asText()).isEqualTo("FEEDBACK_FORM");
        assertThat(appeal.path("email").asText()).isEqualTo("maria@example.com");
        assertThat(appeal.path("description").asText()).isEqualTo(DESCRIPTION);
        assertThat(appeal.path("urgency").asText()).isEqualTo("MEDIUM");
        assertThat(appeal.path("impact").asText()).isEqualTo("MEDIUM");
        List<String> fileNames = new ArrayList<>();
        appeal.path("attachments").forEach(file -> fileNames.add(file.path("fileName").asText()));
        assertThat(fileNames).containsExactly(LOG_NAME);
        List<String> customerMessages = new ArrayList<>();
        appeal.path("messages").forEach(message -> {
            if (message.path("direction").asText().equals("INBOUND")
                    && message.path("kind").asText().equals("CUSTOMER_MESSAGE")) {
                customerMessages.add(message.path("body").asText());
            }
        });
        assertThat(customerMessages).contains(REPLY);
    }

    @Test
    void aBadEmailIsShownBesideItsFieldAndCreatesNothing() {
        Integer before = jdbc.queryForObject("select count(*) from appeal", Integer.class);

        openForm();
        switchLanguage("en", "Contact technical support");
        type("email", "maria at example");
        type("description", "The console does not open the billing page.");
        click(By.id("submit"));

        WebElement error = wait.until(visibilityOfElementLocated(By.id("email-error")));
        assertThat(error.getText()).isNotBlank();
        assertThat(driver.findElement(By.cssSelector(".field[data-field='email']")).getDomAttribute("class"))
                .contains("invalid");
        assertThat(driver.findElement(By.id("result")).isDisplayed()).isFalse();
        browser.capture("feedback-05-field-error");

        assertThat(jdbc.queryForObject("select count(*) from appeal", Integer.class)).isEqualTo(before);
    }

    // --- helpers ---

    private void openForm() {
        // without the slash: redirected to the folder, whose index.html is the form
        driver.get("http://localhost:" + port + "/feedback");
        wait.until(visibilityOfElementLocated(By.id("appeal-form")));
        assertThat(driver.getCurrentUrl()).endsWith("/feedback/");
    }

    private void switchLanguage(String lang, String title) {
        click(By.id("lang-" + lang));
        wait.until(textToBePresentInElementLocated(By.tagName("h1"), title));
        wait.until(attributeContains(By.id("lang-" + lang), "aria-pressed", "true"));
    }

    /** Types the text and waits until the field holds exactly that text. */
    private void type(String id, String text) {
        wait.until(driver -> {
            WebElement input = driver.findElement(By.id(id));
            if (text.equals(input.getDomProperty("value"))) {
                return true;
            }
            input.clear();
            input.sendKeys(text);
            return text.equals(input.getDomProperty("value"));
        });
    }

    private void click(By locator) {
        WebElement element = wait.until(elementToBeClickable(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
