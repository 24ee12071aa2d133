package org.supportdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.or;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.supportdesk.BrowserSession;

/**
 * Each role finds its own work in Tasklist, in a headless Chromium: the duty engineer's "Post update
 * or resolve" in the duty filter, the sales representative's cost request in "My cost requests" while
 * presales qualify it, and an agent's start list with the phone call only. Screenshots in
 * {@code target/screenshots/access-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:access-browser;DB_CLOSE_DELAY=-1"})
@DirtiesContext
class AccessByRoleBrowserIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("access");

    private final ChromeDriver driver = browser.driver();
    private final WebDriverWait wait = browser.newWait();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Test
    void dutyEngineerFindsTheUpdateTaskInTheNotificationsFilter() {
        ResponseEntity<JsonNode> filed = http.withBasicAuth("duty", "duty").postForEntity("/api/notifications",
                json("""
                        {"type": "FAILURE", "service": "Object storage", "region": "ru-central-1", "projects": [],
                         "title": "Object storage answers 503", "details": "Uploads fail with 503 since 10:05 UTC.",
                         "recommendations": "Retry uploads with backoff."}"""), JsonNode.class);
        assertThat(filed.getStatusCode()).as("%s", filed.getBody()).isEqualTo(HttpStatus.CREATED);

        logIn("duty");
        assertThat(filterNames()).containsExactlyInAnyOrder(TaskFilters.MY_TASKS, TaskFilters.NOTIFICATIONS);
        openFilter(TaskFilters.NOTIFICATIONS);
        waitForTask("Post update or resolve");
        browser.capture("access-duty-notifications");
    }

    @Test
    void salesFollowTheirCostRequestWhilePresalesQualifyIt() {
        ResponseEntity<JsonNode> filed = http.withBasicAuth("sales", "sales").postForEntity(
                "/api/managed-services/requests", json("""
                        {"company": "ООО «Ромашка»", "contactName": "Анна Смирнова",
                         "contactEmail": "anna@romashka.example", "login": "romashka",
                         "services": ["MONITORING"], "environment": {"vms": 4}, "language": "RU"}"""),
                JsonNode.class);
        assertThat(filed.getStatusCode()).as("%s", filed.getBody()).isEqualTo(HttpStatus.CREATED);

        logIn("sales");
        openFilter(TaskFilters.MY_COST_REQUESTS);
        waitForTask("Qualify request");
        browser.capture("access-sales-my-cost-requests");
    }

    @Test
    void agentIsOfferedThePhoneCallOnly() {
        logIn("agent");
        click(wait.until(elementToBeClickable(By.cssSelector(".start-process-action a"))));
        wait.until(visibilityOfElementLocated(By.cssSelector(".modal-dialog ul.processes")));
        @SuppressWarnings("unchecked")
        List<String> offered = wait.until(driver -> {
            List<String> names = (List<String>) ((JavascriptExecutor) driver).executeScript(
                    "return Array.from(document.querySelectorAll('.modal-dialog ul.processes li a'))"
                            + ".map(a => a.textContent.trim());");
            return names == null || names.isEmpty() ? null : names;
        });
        browser.capture("access-agent-start-list");
        assertThat(offered).containsExactly("Register phone call");
    }

    private void logIn(String user) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
        wait.until(visibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
        driver.findElement(By.cssSelector("form[name=signinForm] input[ng-model=username]")).sendKeys(user);
        driver.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys(user);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        wait.until(or(visibilityOfElementLocated(By.cssSelector(".task-filter")),
                visibilityOfElementLocated(By.cssSelector(".page-notifications .alert-danger"))));
        assertThat(driver.findElements(By.cssSelector(".page-notifications .alert-danger"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> filterNames() {
        return wait.until(driver -> {
            List<String> names = (List<String>) ((JavascriptExecutor) driver).executeScript(
                    "return Array.from(document.querySelectorAll('.task-filter h4.name > a'))"
                            + ".map(a => a.firstChild.textContent.trim());");
            return names == null || names.isEmpty() ? null : names;
        });
    }

    private void openFilter(String name) {
        click(wait.until(elementToBeClickable(By.xpath("//div[contains(@class,'task-filter')]"
                + "//h4[contains(@class,'name')]/a[contains(normalize-space(.),'" + name + "')]"))));
        wait.until(visibilityOfElementLocated(By.xpath("//div[contains(@class,'task-filter') and contains(@class,'active')]"
                + "//h4[contains(@class,'name')]/a[contains(normalize-space(.),'" + name + "')]")));
    }

    private void waitForTask(String taskName) {
        wait.until(visibilityOfElementLocated(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
                + "//h4[contains(@class,'task')]/a[normalize-space(.)='" + taskName + "']")));
    }

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
            catch (org.openqa.selenium.ElementNotInteractableException e) {
                return false;
            }
        });
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
