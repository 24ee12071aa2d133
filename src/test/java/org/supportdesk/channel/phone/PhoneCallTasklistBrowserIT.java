package org.supportdesk.channel.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;
import static org.supportdesk.workspace.TasklistUi.literal;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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
import org.supportdesk.workspace.TasklistUi;

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

    private TasklistUi ui;

    @BeforeEach
    void tasklistSteps() {
        ui = new TasklistUi(driver, wait, port);
    }

    @Test
    void agentRegistersACallThroughTheStartForm() {
        String login = "caller-" + System.nanoTime();
        ui.logIn("agent");

        ui.openStartProcessDialog();
        assertThat(ui.startableProcesses()).contains("Register phone call").doesNotContain("Appeal", "appeal");
        browser.capture("phone-01-start-list");
        ui.chooseProcessToStart("Register phone call");
        ui.field("Login"); // waits until the start form shows its first field

        // the form checks required fields and the address before anything is sent
        clickStart();
        wait.until(driver -> driver.findElements(formError("Field is required.")).size() == 5);
        browser.capture("phone-02-required");
        ui.type("Login", login);
        ui.type("Project", "shop-prod");
        ui.type("Caller's name", "Olga Petrova");
        ui.type("E-mail for replies", "olga at example.com");
        ui.type("Subject", "VPN drops");
        // blanks pass the form's required check; the server refuses them
        ui.type("Description", "   ");
        ui.selectOption("How urgent is it for the caller?",
                "Work has stopped, it is needed right now");
        ui.selectOption("How many users or services are affected?", "Only the caller");
        // once the form has shown its errors, Start waits until they are fixed
        wait.until(visibilityOfElementLocated(formError("Field must be a valid email.")));
        wait.until(driver -> driver.findElements(formError("Field is required.")).isEmpty());
        assertThat(startButton().isEnabled()).as("Start with an invalid address").isFalse();
        browser.capture("phone-03-invalid-email");
        assertThat(appealsOf(login)).as("nothing sent yet").isZero();

        ui.type("E-mail for replies", "olga@example.com");
        clickStart();
        // the dialog stays open with the reason; the form's own refusal above left a notice without one
        WebElement refusal = wait.until(visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'modal')]//div[contains(@class,'alert-danger')]"
                        + "[contains(normalize-space(.),'Description / Описание: required / обязательное поле')]")));
        assertThat(refusal.getText()).contains("The process could not be started.");
        assertThat(ui.fieldValue("Login")).as("the form keeps what was typed").isEqualTo(login);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", refusal);
        browser.capture("phone-04-refused");
        assertThat(appealsOf(login)).as("refused call").isZero();

        ui.type("Description", DESCRIPTION);
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

    // --- the start form

    private WebElement startButton() {
        return driver.findElement(By.xpath(
                "//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']"));
    }

    private void clickStart() {
        wait.until(driver -> startButton().isEnabled());
        ui.click(startButton());
    }

    private static By formError(String text) {
        return By.xpath("//form[contains(@class,'fjs-form')]//*[contains(@class,'fjs-form-field-error')]"
                + "[normalize-space(.)=" + literal(text) + "]");
    }
}
