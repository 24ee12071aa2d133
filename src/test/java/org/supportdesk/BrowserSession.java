package org.supportdesk;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for all the tests of a class: started before them, closed after them. A test
 * that fails leaves a screenshot and the page's source in {@code target/screenshots}, named
 * {@code <name>-failure-<test method>} unless {@link #failuresNamed} says otherwise.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final BrowserSession browser = new BrowserSession("workspace");
 * </pre>
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final String name;
    private String failurePrefix;
    private HeadlessChromium browser;

    public BrowserSession(String name) {
        this.name = name;
        this.failurePrefix = name + "-failure-";
    }

    /** A failed test's screenshot is named {@code prefix} and the test method's name. */
    public BrowserSession failuresNamed(String prefix) {
        this.failurePrefix = prefix;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        started();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (browser != null) {
            try {
                browser.close();
            } finally {
                browser = null;
            }
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (browser != null) {
            capture(failurePrefix + context.getRequiredTestMethod().getName());
        }
    }

    /** The browser's driver; the browser starts here if a test asks before the class's tests begin. */
    public ChromeDriver driver() {
        return started().driver();
    }

    public WebDriverWait newWait() {
        return started().newWait();
    }

    /** Saves what the browser shows now as {@code <name>.png} and its page source as {@code <name>.html}. */
    public void capture(String screenshot) {
        capture(driver(), screenshot);
    }

    /** As {@link #capture(String)}, of any browser; a screenshot that cannot be saved only says so. */
    public static void capture(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not save screenshot " + name + ": " + e);
        }
    }

    private HeadlessChromium started() {
        if (browser == null) {
            try {
                browser = HeadlessChromium.start(name);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the browser " + name, e);
            }
        }
        return browser;
    }
}
