package org.supportdesk.workspace;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.or;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.supportdesk.BrowserSession;

/**
 * What the browser tests do in Camunda Tasklist and its Camunda Forms, written once: every step
 * waits for what the page shows, never for time.
 */
public final class TasklistUi {

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;

    public TasklistUi(ChromeDriver driver, WebDriverWait wait, int port) {
        this.driver = driver;
        this.wait = wait;
        this.base = "http://localhost:" + port;
    }

    String base() {
        return base;
    }

    // --- login and filters

    public void logIn(String user) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/camunda/app/tasklist/");
        wait.until(visibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
        fill(By.cssSelector("form[name=signinForm] input[ng-model=username]"), user);
        fill(By.cssSelector("form[name=signinForm] input[ng-model=password]"), user);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        wait.until(or(visibilityOfElementLocated(By.cssSelector(".task-filter")),
                visibilityOfElementLocated(By.cssSelector(".page-notifications .alert-danger"))));
        failOnErrorNotification();
    }

    /**
     * Waits until the filters' names, without the task counter Tasklist adds to the open one, are
     * {@code complete} and answers them.
     */
    @SuppressWarnings("unchecked")
    public List<String> filterNames(Predicate<List<String>> complete) {
        return wait.until(driver -> {
            List<String> names = (List<String>) ((JavascriptExecutor) driver).executeScript(
                    "return Array.from(document.querySelectorAll('.task-filter h4.name > a'))"
                            + ".map(a => a.firstChild.textContent.trim());");
            return names != null && complete.test(names) ? names : null;
        });
    }

    public void openFilter(String name) {
        By filter = By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(.),"
                + literal(name) + ")]");
        click(wait.until(elementToBeClickable(filter)));
        wait.until(visibilityOfElementLocated(By.xpath("//div[contains(@class,'task-filter') and contains(@class,'active')]"
                + "//h4[contains(@class,'name')]/a[contains(normalize-space(.)," + literal(name) + ")]")));
    }

    // --- the list's tasks and cards

    /** The link of a task of that name in the list. */
    public static By taskLink(String taskName) {
        return By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]//h4[contains(@class,'task')]"
                + "/a[normalize-space(.)=" + literal(taskName) + "]");
    }

    public void waitForTaskInList(String taskName) {
        wait.until(driver -> {
            failOnErrorNotification();
            return driver.findElements(taskLink(taskName)).stream().anyMatch(WebElement::isDisplayed);
        });
    }

    /** Waits until the list shows the card of this appeal and answers it. */
    WebElement card(String number) {
        By card = By.cssSelector(".sd-card[data-number='" + number + "']");
        return wait.until(driver -> {
            failOnErrorNotification();
            List<WebElement> found = driver.findElements(card);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** The appeal numbers of the cards, top to bottom. */
    @SuppressWarnings("unchecked")
    List<String> cardNumbers() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('.tasks-list .sd-card')).map(c => c.dataset.number);");
    }

    /** Opens the task of this appeal's card and waits for its Appeal tab to show the appeal. */
    void openCard(String number, String taskName) {
        click(card(number));
        wait.until(textToBePresentInElementLocated(By.cssSelector(".task-details h2.task"), taskName));
        waitForAppeal(number);
    }

    // --- starting a process

    public void openStartProcessDialog() {
        click(wait.until(elementToBeClickable(By.cssSelector(".start-process-action a"))));
        wait.until(visibilityOfElementLocated(By.cssSelector(".modal-dialog ul.processes")));
    }

    /** The names of the processes the open "Start process" dialog offers, once it lists any. */
    @SuppressWarnings("unchecked")
    public List<String> startableProcesses() {
        return wait.until(driver -> {
            List<String> names = (List<String>) ((JavascriptExecutor) driver).executeScript(
                    "return Array.from(document.querySelectorAll('.modal-dialog ul.processes li a'))"
                            + ".map(a => a.textContent.trim());");
            return names == null || names.isEmpty() ? null : names;
        });
    }

    /** Picks the process by the name the open "Start process" dialog shows. */
    public void chooseProcessToStart(String name) {
        click(wait.until(elementToBeClickable(By.xpath("//div[contains(@class,'modal-dialog')]"
                + "//ul[contains(@class,'processes')]//a[normalize-space(.)=" + literal(name) + "]"))));
    }

    // --- the task

    void waitForAppeal(String number) {
        wait.until(driver -> {
            failOnErrorNotification();
            List<WebElement> title = driver.findElements(By.cssSelector(".sd-workspace .sd-title .sd-number"));
            return !title.isEmpty() && title.get(0).isDisplayed() && number.equals(title.get(0).getText().trim());
        });
    }

    public void tab(String label) {
        By tab = By.xpath("//div[contains(@class,'tabbed-content')]//ul[contains(@class,'nav-tabs')]/li/a[normalize-space(.)="
                + literal(label) + "]");
        click(wait.until(elementToBeClickable(tab)));
        wait.until(visibilityOfElementLocated(By.xpath("//div[contains(@class,'tabbed-content')]//ul[contains(@class,'nav-tabs')]"
                + "/li[contains(@class,'active')]/a[normalize-space(.)=" + literal(label) + "]")));
    }

    public void claim(String fullName) {
        WebElement claim = wait.until(elementToBeClickable(By.cssSelector(".task-details button.claim")));
        click(claim);
        wait.until(invisibilityOfElementLocated(By.cssSelector(".task-details button.claim")));
        wait.until(textToBePresentInElementLocated(By.cssSelector(".task-details li.assignee"), fullName));
    }

    String taskIdInAddress() {
        return driver.getCurrentUrl().replaceFirst(".*[?&]task=([^&]+).*", "$1");
    }

    // --- Camunda Forms (form-js)

    /** Waits for the Camunda Form to render, editable. */
    public void waitForForm() {
        wait.until(driver -> {
            for (WebElement failure : driver.findElements(By.cssSelector("[cam-tasklist-form] .alert-danger"))) {
                if (failure.isDisplayed()) {
                    throw new AssertionError("Tasklist could not show the form: " + failure.getText());
                }
            }
            List<WebElement> forms = driver.findElements(By.cssSelector(".fjs-form"));
            return !forms.isEmpty() && forms.get(0).isDisplayed();
        });
        wait.until(invisibilityOfElementLocated(By.cssSelector("[cam-tasklist-form] .disabled-form")));
    }

    public WebElement field(String label) {
        WebElement labelElement = wait.until(visibilityOfElementLocated(By.xpath(
                "//form[contains(@class,'fjs-form')]//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(.),"
                        + literal(label) + ")]")));
        return driver.findElement(By.id(labelElement.getDomAttribute("for")));
    }

    public String fieldValue(String label) {
        return field(label).getDomProperty("value");
    }

    public void type(String label, String text) {
        fill(By.id(field(label).getDomAttribute("id")), text);
    }

    public void selectOption(String label, String option) {
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

    public void chooseRadio(String option) {
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

    void pressComplete() {
        click(wait.until(elementToBeClickable(By.xpath(
                "//div[contains(@class,'form-actions')]//button[normalize-space(.)='Complete']"))));
    }

    /** Completes the form and waits until Tasklist has closed the task. */
    public void complete() {
        pressComplete();
        wait.until(driver -> {
            failOnErrorNotification();
            return driver.findElements(By.cssSelector(".fjs-form")).isEmpty()
                    || !driver.findElement(By.cssSelector(".fjs-form")).isDisplayed() ? Boolean.TRUE : null;
        });
    }

    /** Waits for Tasklist's red notification and answers its text. */
    String errorNotification() {
        return wait.until(driver -> driver.findElements(By.cssSelector(".page-notifications .alert-danger")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).findFirst().orElse(null));
    }

    /** Closes Tasklist's notifications with their own close button. */
    void dismissNotifications() {
        By close = By.cssSelector(".page-notifications .alert [ng-transclude] button.close");
        driver.findElements(close).stream().filter(WebElement::isDisplayed).forEach(this::click);
        wait.until(driver -> driver.findElements(By.cssSelector(".page-notifications .alert")).stream()
                .noneMatch(WebElement::isDisplayed));
    }

    public void failOnErrorNotification() {
        for (WebElement alert : driver.findElements(By.cssSelector(".page-notifications .alert-danger"))) {
            if (alert.isDisplayed()) {
                throw new AssertionError("Tasklist reports: " + alert.getText());
            }
        }
    }

    // --- helpers

    /**
     * Types the text and waits until the input holds exactly that text; typed again when it does not
     * (a key stroke lost or doubled while the page was still busy).
     */
    public void fill(By locator, String text) {
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
     * Scrolls the element to the middle (the fixed footer covers the bottom) and clicks it once it
     * takes the click; a notification or a moving layout that gets the click instead leaves it to be
     * tried again.
     */
    public void click(WebElement element) {
        wait.until(driver -> {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            try {
                element.click();
                return true;
            } catch (ElementNotInteractableException e) { // also ElementClickInterceptedException
                return false;
            }
        });
    }

    void scrollTo(By locator) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                wait.until(visibilityOfElementLocated(locator)));
    }

    /** An XPath string literal for text that may hold an apostrophe. */
    public static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    public void capture(String name) {
        BrowserSession.capture(driver, name);
    }
}
