package id.seimbang.system.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import id.seimbang.security.SecurityTestSupport;

/**
 * Headless Chromium for {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} page tests named
 * {@code *BrowserTest}. Register it as {@code @RegisterExtension static final BrowserTestSupport browser = ...}:
 * one browser per test JVM, shared by the classes (each starts without cookies and signs in to its own server),
 * pages opened by path on the running server, screenshots under {@code target/screenshots/} on demand and whenever
 * a test fails.
 *
 * <p>Uses Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (packages {@code chromium},
 * {@code chromium-driver}; {@code .ci/run} installs them), so Selenium downloads nothing. Without them the
 * tests are skipped with a banner in the build log saying how to run them, or fail with
 * {@code -Dbrowser.tests.required=true} (as {@code .ci/run} does); {@code -Dskip.browser.tests=true} skips them
 * always. Before the
 * first test of each class the browser signs in through the login form as a test user holding every person's role.
 */
public class BrowserTestSupport
        implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, TestExecutionExceptionHandler {

    /** Debian's paths; -Dbrowser.chromium / -Dbrowser.chromedriver name others (e.g. another distribution's). */
    public static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** One picture per page under a stable name, the set README shows (copied to docs/screenshots/). */
    public static final Path PAGE_SCREENSHOTS = SCREENSHOTS.resolve("pages");
    static final String SKIP_PROPERTY = "skip.browser.tests";
    /** Set by .ci/run: a machine without Chromium fails the build instead of skipping the browser tests. */
    static final String REQUIRED_PROPERTY = "browser.tests.required";
    private static final java.util.concurrent.atomic.AtomicBoolean WARNED = new java.util.concurrent.atomic.AtomicBoolean();

    static final String USER = "browser-test";
    static final String PASSWORD = "browser-test-password";

    private WebDriver driver;
    private String baseUrl;
    private String testClass;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult result = condition(Boolean.getBoolean(SKIP_PROPERTY),
                Boolean.getBoolean(REQUIRED_PROPERTY), Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER));
        if (result.isDisabled() && WARNED.compareAndSet(false, true)) {
            // Once per test JVM, where nobody can miss it in the build log.
            System.err.println(banner(result.getReason().orElse("")));
        }
        return result;
    }

    /**
     * Whether browser tests run: skipped on request; without Chromium skipped (loudly) unless they are required,
     * in which case they run and {@link #beforeAll} fails saying what to install.
     */
    static ConditionEvaluationResult condition(boolean skip, boolean required, boolean installed) {
        if (skip) {
            return ConditionEvaluationResult.disabled("Browser tests skipped by -D" + SKIP_PROPERTY + "=true");
        }
        if (!installed && !required) {
            return ConditionEvaluationResult.disabled("Browser tests SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing. To run them: apt-get install -y chromium chromium-driver, then mvn verify "
                    + "(.ci/run installs both and passes -D" + REQUIRED_PROPERTY + "=true, which makes a skip a failure)");
        }
        return ConditionEvaluationResult.enabled("Browser tests enabled");
    }

    static String banner(String reason) {
        String line = "*".repeat(100);
        return line + "\n*** " + reason + "\n" + line;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver; .ci/run installs them: "
                    + "apt-get install -y chromium chromium-driver). To run without them: mvn verify -D"
                    + SKIP_PROPERTY + "=true");
        }
        testClass = context.getRequiredTestClass().getSimpleName();
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        if (port == null) {
            throw new IllegalStateException(testClass + " must be a @SpringBootTest(webEnvironment = RANDOM_PORT)");
        }
        baseUrl = "http://localhost:" + port;
        driver = Chromium.shared().cleanDriver();
        signIn(SpringExtension.getApplicationContext(context));
    }

    /**
     * Every page needs a signed-in person: a test user holding all people's roles is created in the
     * application's database and signs in through the login form, as a person would.
     */
    private void signIn(ApplicationContext context) {
        SecurityTestSupport.ensureUser(context, USER, PASSWORD, SecurityTestSupport.ALL_PEOPLE_ROLES);
        open("/login");
        driver.findElement(By.id("username")).sendKeys(USER);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login-button")).click();
        waitUpTo(Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // The browser stays open for the next browser test class of this JVM (see Chromium); only this class's
        // handle on it ends.
        driver = null;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        // Taken here, before the browser goes away, so that the failing page can be looked at.
        if (driver != null) {
            try {
                screenshot(context.getRequiredTestMethod().getName() + "-FAILED");
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the running server, e.g. {@code /policies/editor?file=...}. */
    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(250));
    }

    /**
     * Saves the current page as {@code target/screenshots/pages/<page>.png} (e.g. {@code dashboard}), the name
     * README's screenshots use whichever test shows the page; copy the set with
     * {@code cp target/screenshots/pages/*.png docs/screenshots/}. Fails unless a PNG was written.
     */
    public Path page(String page) {
        Path taken = screenshot("page-" + page);
        try {
            Files.createDirectories(PAGE_SCREENSHOTS);
            Path png = Files.copy(taken, PAGE_SCREENSHOTS.resolve(page + ".png"), StandardCopyOption.REPLACE_EXISTING);
            if (!isPng(Files.readAllBytes(png))) {
                throw new IllegalStateException("Screenshot of " + page + " is not a PNG: " + png);
            }
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isPng(byte[] bytes) {
        byte[] signature = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
        return bytes.length > 1000 && java.util.Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
    }

    /** Saves the current page as {@code target/screenshots/<TestClass>-<name>.png} and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path png = SCREENSHOTS.resolve(testClass + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.move(taken, png, StandardCopyOption.REPLACE_EXISTING);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One headless Chromium per test JVM, shared by every browser test class that runs in it: starting Chromium
     * and its driver cost each class a few seconds of CPU. Each class starts from a clean browser (no cookies, so
     * it signs in to its own server; a blank page), and a browser that no longer answers is replaced. Quit when the
     * JVM ends (surefire runs the classes of a fork one launcher run at a time, so JUnit's root store would close
     * it after the first class).
     */
    static final class Chromium {

        private static Chromium shared;

        private final Path userDataDir;
        private final ChromeDriver driver;

        private Chromium() throws IOException {
            userDataDir = Files.createTempDirectory("seimbang-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", "--disable-quic", "--window-size=1440,1000", "--lang=id",
                    "--user-data-dir=" + userDataDir);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        }

        static synchronized Chromium shared() throws IOException {
            if (shared == null) {
                shared = new Chromium();
                Chromium started = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "chromium-quit"));
            }
            return shared;
        }

        /** The shared driver on a blank page with no cookies; a new browser when the old one does not answer. */
        synchronized WebDriver cleanDriver() throws IOException {
            try {
                driver.get("about:blank");
                driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
                return driver;
            } catch (org.openqa.selenium.WebDriverException e) {
                quit();
                synchronized (Chromium.class) {
                    shared = null;
                }
                return shared().driver;
            }
        }

        void quit() {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                // already gone
            } finally {
                try (Stream<Path> files = Files.walk(userDataDir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException | UncheckedIOException e) {
                    // a temporary folder left behind
                }
            }
        }
    }
}
