package org.supportdesk;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser of the browser tests: Debian's Chromium and its matching driver, headless, with a
 * fresh profile, and nothing downloaded (the machine is offline; background networking is off).
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static HeadlessChromium start(String name) throws IOException {
        return start(name, "en-US");
    }

    /**
     * A browser whose user asked for {@code language} (a BCP 47 tag such as {@code ru} or {@code en-US}):
     * its interface language, {@code navigator.languages} and the {@code Accept-Language} header.
     */
    public static HeadlessChromium start(String name, String language) throws IOException {
        Path profile = Files.createTempDirectory(name + "-browser-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1600,1200", "--lang=" + language,
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // the page's console, for the record a failing test leaves (consoleLog)
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
        driver.manage().timeouts().scriptTimeout(TIMEOUT);
        return new HeadlessChromium(driver, profile);
    }

    /** What the pages wrote to the console since the last call: errors a failing walk should name. */
    public static String consoleLog(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .collect(Collectors.joining("\n"));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits for conditions, never for time; pages that re-render are looked up again on the next poll. */
    public WebDriverWait newWait() {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(250));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
