package org.supportdesk.channel.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.or;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.supportdesk.BrowserSession;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Level;

/**
 * The demo agent takes a call in Camunda Tasklist, in a headless Chromium: "Start process", "Register
 * phone call", the start form; first with a description of blanks, which the server refuses with
 * the reason shown in the dialog, then corrected, which registers the appeal.
 *
 * <p>Screenshots (and the page source) of each step and of any failure are kept in
 * {@code target/screenshots/phone-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:phone-browser;DB_CLOSE_DELAY=-1"})
@DirtiesContext
class PhoneCallTasklistBrowserIT {

    private static final String DESCRIPTION = "Since 09:00 the site-to-site VPN between the office and shop-prod"
            + " drops every few minutes.";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("phone-tasklist").failuresNamed("phone-failure-");

    private final ChromeDriver driver = browser.driver();
    private final WebDriverWait wait = browser.newWait();

    @LocalServerPort
    int port;

    @Autowired
    Appeals appeals;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;

    @Test
    void agentRegistersACallThroughTheStartForm() {
        String login = "caller-" + System.nanoTime();
        logIn("agent", "agent");

        openStartProcessDialog();
        assertThat(startableProcesses()).contains("Register phone call").doesNotContain("Appeal", "appeal");
        browser.capture("phone-01-start-list");
        click(wait.until(elementToBeClickable(processLink("Register phone call"))));
        wait.until(visibilityOfElementLocated(fieldLabel("Login")));

        // the form checks required fields and the address before anything is sent
        clickStart();
        wait.until(driver -> driver.findElements(formError("Field is required.")).size() == 5);
        browser.capture("phone-02-required");
        type("Login", login);
        type("Project", "shop-prod");
        type("Caller's name", "Olga Petrova");
        type("E-mail for replies", "olga at example.com");
        type("Subject", "VPN drops");
        // blanks pass the form's required check; the server refuses them
        type("Description", "   ");
        selectOption("How urgent is it for the caller?",
                "Work has stopped, it is needed right now");
        selectOption("How many users or services are affected?", "Only the caller");
        // once the form has shown its errors, Start waits until they are fixed
        wait.until(visibilityOfElementLocated(formError("Field must be a valid email.")));
        wait.until(driver -> driver.findElements(formError("Field is required.")).isEmpty());
        assertThat(startButton().isEnabled()).as("Start with an invalid address").isFalse();
        browser.capture("phone-03-invalid-email");
        assertThat(appealsOf(login)).as("nothing sent yet").isZero();

        type("E-mail for replies", "olga@example.com");
        clickStart();
        // the dialog stays open with the reason; the form's own refusal above left a notice without one
        WebElement refusal = wait.until(visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'modal')]//div[contains(@class,'alert-danger')]"
                        + "[contains(normalize-space(.),'Description / Описание: required / обязательное поле')]")));
        assertThat(refusal.getText()).contains("The process could not be started.");
        assertThat(fieldValue("Login")).as("the form keeps what was typed").isEqualTo(login);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", refusal);
        browser.capture("phone-04-refused");
        assertThat(appealsOf(login)).as("refused call").isZero();

        type("Description", DESCRIPTION);
        clickStart();
        wait.until(invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
        wait.until(visibilityOfElementLocated(By.xpath("//div[contains(@class,'page-notifications')]"
                + "//*[contains(normalize-space(.),'The process has been started.')]")));
        browser.capture("phone-05-started");

        assertThat(appealsOf(login)).isOne();
        String number = jdbc.sql("SELECT appeal_number FROM appeal WHERE login = :login").param("login", login)
                .query(String.class).single();
        Appeal appeal = appeals.get(number);
        assertThat(appeal.channel()).isEqualTo(Channel.PHONE);
        assertThat(appeal.registeredBy()).isEqualTo("agent");
        assertThat(appeal.firstAnsweredAt()).isEqualTo(appeal.receivedAt());
        assertThat(appeal.contactEmail()).isEqualTo("olga@example.com");
        assertThat(appeal.contactName()).isEqualTo("Olga Petrova");
        assertThat(appeal.description()).isEqualTo(DESCRIPTION);
        assertThat(appeal.urgency()).isEqualTo(Level.HIGH);
        assertThat(appeal.impact()).isEqualTo(Level.LOW);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("appeal")
                .processInstanceBusinessKey(number).count()).isOne();
    }

    private long appealsOf(String login) {
        return jdbc.sql("SELECT COUNT(*) FROM appeal WHERE login = :login").param("login", login)
                .query(Long.class).single();
    }

    // --- Tasklist

    private void logIn(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
        wait.until(visibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
        fill(By.cssSelector("form[name=signinForm] input[ng-model=username]"), user);
        fill(By.cssSelector("form[name=signinForm] input[ng-model=password]"), password);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        wait.until(or(visibilityOfElementLocated(By.cssSelector(".task-filter")),
                visibilityOfElementLocated(By.cssSelector(".page-notifications .alert-danger"))));
        assertThat(driver.findElements(By.cssSelector(".page-notifications .alert-danger")))
                .as("login notifications of %s", user).isEmpty();
    }

    private void openStartProcessDialog() {
        click(wait.until(elementToBeClickable(By.cssSelector(".start-process-action a"))));
        wait.until(visibilityOfElementLocated(By.cssSelector(".modal-dialog ul.processes")));
    }

    @SuppressWarnings("unchecked")
    private List<String> startableProcesses() {
        return wait.until(driver -> {
            List<String> names = (List<String>) ((JavascriptExecutor) driver).executeScript(
                    "return Array.from(document.querySelectorAll('.modal-dialog ul.processes li a'))"
                            + ".map(a => a.textContent.trim());");
            return names == null || names.isEmpty() ? null : names;
        });
    }

    private static By processLink(String name) {
        return By.xpath("//div[contains(@class,'modal-dialog')]//ul[contains(@class,'processes')]"
                + "//a[normalize-space(.)=" + literal(name) + "]");
    }

    private WebElement startButton() {
        return driver.findElement(By.xpath(
                "//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']"));
    }

    private void clickStart() {
        wait.until(driver -> startButton().isEnabled());
        click(startButton());
    }

    // --- Camunda Forms (form-js)

    private static By fieldLabel(String label) {
        return By.xpath("//form[contains(@class,'fjs-form')]//label[contains(@class,'fjs-form-field-label')]"
                + "[starts-with(normalize-space(.)," + literal(label) + ")]");
    }

    private static By formError(String text) {
        return By.xpath("//form[contains(@class,'fjs-form')]//*[contains(@class,'fjs-form-field-error')]"
                + "[normalize-space(.)=" + literal(text) + "]");
    }

    private String fieldValue(String label) {
        WebElement labelElement = wait.until(visibilityOfElementLocated(fieldLabel(label)));
        return driver.findElement(By.id(labelElement.getDomAttribute("for"))).getDomProperty("value");
    }

    private void type(String label, String text) {
        WebElement labelElement = wait.until(visibilityOfElementLocated(fieldLabel(label)));
        fill(By.id(labelElement.getDomAttribute("for")), text);
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

    // --- helpers, as in TasklistBrowserIT

    /** Types the text and waits until the input holds exactly it; typed again when a key stroke was lost. */
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

    /** Scrolls the element to the middle and clicks it once it takes the click. */
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

    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
