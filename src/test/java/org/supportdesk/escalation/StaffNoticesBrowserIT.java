package org.supportdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.supportdesk.HeadlessChromium;
import org.supportdesk.workspace.TasklistUi;

/**
 * The shift lead opens their notices from Tasklist's footer, in a headless Chromium: in Russian with
 * Moscow time (the desk's zone), then in English after choosing Novosibirsk. Screenshots in
 * {@code target/screenshots/staff-notices-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:staff-notices-browser;DB_CLOSE_DELAY=-1"})
@DirtiesContext
class StaffNoticesBrowserIT {

    private static final String LEAD = "lead";
    private static final Instant BREACHED_AT = Instant.parse("2026-12-02T09:30:00Z");

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    String number;

    @BeforeEach
    void noticesForTheLead() {
        ResponseEntity<JsonNode> created = http.postForEntity("/api/appeals", json(Map.of("channel", "FEEDBACK_FORM",
                "email", "notices@example.com", "description", "Object storage answers 503 to every upload since noon.",
                "urgency", "MEDIUM", "impact", "MEDIUM")), JsonNode.class);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        number = created.getBody().path("number").asText();
        jdbc.sql("""
                INSERT INTO staff_notification (appeal_id, recipient_group, kind, mentioned_at, created_at)
                SELECT id, 'support-leads', 'FIRST_RESPONSE_BREACH', :at, CURRENT_TIMESTAMP FROM appeal
                WHERE appeal_number = :number""")
                .param("at", BREACHED_AT.atOffset(ZoneOffset.UTC)).param("number", number).update();
        jdbc.sql("""
                INSERT INTO staff_notification (recipient_user, kind, subject_number, company, mentioned_date, created_at)
                VALUES (:user, 'QUOTE_EXPIRING', 'MS-100042', 'ООО «Ромашка»', DATE '2026-12-05', :at)""")
                .param("user", LEAD).param("at", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5)).update();
    }

    @Test
    void theLeadReadsTheirNoticesInTheirLanguageAndTimeZone() throws IOException {
        chooseTimeZone("");
        List<String> russian = noticesShown("ru", "staff-notices-ru");
        assertThat(russian).contains("Уровень 1: нет первого ответа по " + number + " с "
                        + at(BREACHED_AT, "ru", "Europe/Moscow") + " МСК",
                "Предложение MS-100042 для ООО «Ромашка» действует до 5 дек. 2026; клиент ещё не ответил.");

        chooseTimeZone("Asia/Novosibirsk");
        try {
            List<String> english = noticesShown("en-US", "staff-notices-en");
            assertThat(english).contains("Level 1: no first answer on " + number + " since "
                            + at(BREACHED_AT, "en", "Asia/Novosibirsk") + " GMT+7 (Asia/Novosibirsk)",
                    "The quote MS-100042 for ООО «Ромашка» expires on 5 Dec 2026; the customer has not answered yet.");
        } finally {
            chooseTimeZone("");
        }
    }

    /** Signs in as the lead, opens the notices from the footer and reads their texts. */
    private List<String> noticesShown(String language, String screenshot) throws IOException {
        // a browser per language, not a BrowserSession: its language is set when it starts
        try (HeadlessChromium browser = HeadlessChromium.start(screenshot, language)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = browser.newWait();
            TasklistUi ui = new TasklistUi(driver, wait, port);
            try {
                // typed until each field holds its text: the login form may be drawn again while typing
                ui.logIn(LEAD);
                WebElement button = wait.until(elementToBeClickable(By.cssSelector(".sd-staff-notices-button")));
                button.click();
                wait.until(visibilityOfElementLocated(By.cssSelector(".sd-staff-notices .sd-staff-notice-text")));
                List<String> texts = driver.findElements(By.cssSelector(".sd-staff-notices .sd-staff-notice-text"))
                        .stream().map(WebElement::getText).toList();
                ui.capture(screenshot);
                return texts;
            } catch (RuntimeException | AssertionError e) {
                ui.capture(screenshot + "-failure");
                System.err.println(HeadlessChromium.consoleLog(driver));
                throw e;
            }
        }
    }

    private void chooseTimeZone(String zone) {
        ResponseEntity<JsonNode> saved = http.withBasicAuth(LEAD, LEAD).exchange("/api/workspace/settings",
                HttpMethod.PUT, json(Map.of("timeZone", zone)), JsonNode.class);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static String at(Instant instant, String language, String zone) {
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.forLanguageTag(language))
                .withZone(ZoneId.of(zone)).format(instant);
    }

    private static HttpEntity<Map<String, String>> json(Map<String, String> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
