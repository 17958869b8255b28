package org.iopfit.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Debian Chromium per test class, driven by Selenium, for tests that need a
 * real browser: layout, focus, the accessibility tree (axe-core) and what the page
 * fetches. Register it as a static field; the browser starts before the first test of the
 * class and quits after the last:
 *
 * <pre class="code">
 * &#064;SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
 * class SomeBrowserTest {
 *
 *     &#064;RegisterExtension
 *     static final Browser browser = Browser.phone(); // or desktop(), .language("es")
 *
 *     &#064;Test
 *     void somePage() {
 *         WebDriver driver = browser.open("/help-now");
 *         Browser.assertNoAxeViolations(driver);
 *         assertThat(browser.requestedUrls()).allMatch((url) -&gt; url.startsWith(browser.baseUrl()));
 *     }
 * }
 * </pre>
 *
 * The Chromium binary and its driver are set explicitly ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}; system properties {@code chromium.binary} and
 * {@code chromium.driver} override them), so Selenium Manager never tries to download a
 * browser on the closed network. When either is missing the tests are skipped, except
 * with {@code CI=true}, where a missing browser fails them: CI must never go green by
 * running nothing.
 * <p>
 * Between tests the cookies (the remembered language) and the request log are cleared, so
 * every test starts as a first visit.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	/** A common phone (iPhone 12 to 15): most visitors come on a phone. */
	public static final Size PHONE = new Size(390, 844, true);

	/** A narrow phone, where long words and numbers are the first to break. */
	public static final Size SMALL_PHONE = new Size(360, 740, true);

	/** A small laptop. */
	public static final Size DESKTOP = new Size(1280, 800, false);

	private static final String DEFAULT_BINARY = "/usr/bin/chromium";

	private static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";

	private static final Json JSON = new Json();

	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private final Size size;

	private final String acceptLanguage;

	private ChromeDriver driver;

	private Path profile;

	private ExtensionContext owner;

	private String skipped;

	private ExtensionContext testContext;

	private final List<String> requestedUrls = new ArrayList<>();

	private Browser(Size size, String acceptLanguage) {
		this.size = size;
		this.acceptLanguage = acceptLanguage;
	}

	/**
	 * A Chromium with a phone-sized window ({@link #PHONE}), speaking English.
	 * @return a browser to register with {@code @RegisterExtension}
	 */
	public static Browser phone() {
		return new Browser(PHONE, "en-US,en");
	}

	/**
	 * A Chromium with a narrow phone's window ({@link #SMALL_PHONE}), speaking English.
	 * @return a browser to register with {@code @RegisterExtension}
	 */
	public static Browser smallPhone() {
		return new Browser(SMALL_PHONE, "en-US,en");
	}

	/**
	 * A Chromium with a laptop-sized window ({@link #DESKTOP}), speaking English.
	 * @return a browser to register with {@code @RegisterExtension}
	 */
	public static Browser desktop() {
		return new Browser(DESKTOP, "en-US,en");
	}

	/**
	 * The same browser set up for a person whose browser speaks other languages: the user
	 * interface language ({@code --lang}, the first tag) and the {@code Accept-Language}
	 * header every page request carries.
	 * @param acceptLanguages language tags, most preferred first, e.g. {@code "es-US,es"}
	 * @return a new, not yet started browser
	 */
	public Browser language(String acceptLanguages) {
		return new Browser(this.size, acceptLanguages);
	}

	/**
	 * The running browser.
	 * @return the driver, usable from any test of the class
	 */
	public WebDriver driver() {
		if (this.driver == null) {
			throw new IllegalStateException("The browser is not running: register it with a static @RegisterExtension");
		}
		return this.driver;
	}

	/**
	 * The address of the app under test, from the Spring Boot test's random port.
	 * @return {@code http://localhost:<port>}, without a trailing slash
	 */
	public String baseUrl() {
		if (this.testContext == null) {
			throw new IllegalStateException("The base URL is known inside a test only");
		}
		Integer port = SpringExtension.getApplicationContext(this.testContext)
			.getEnvironment()
			.getProperty("local.server.port", Integer.class);
		if (port == null) {
			throw new IllegalStateException("No server port: use @SpringBootTest(webEnvironment = RANDOM_PORT)");
		}
		return "http://localhost:" + port;
	}

	/**
	 * Loads a page of the app and waits for it to finish loading.
	 * @param path the path and query, e.g. {@code "/help-now?lang=es"}
	 * @return the driver, on that page
	 */
	public WebDriver open(String path) {
		driver().get(baseUrl() + path);
		return this.driver;
	}

	/**
	 * A wait of up to 30 seconds that looks again every 20 ms. Selenium's default looks
	 * every 500 ms, which a page that is still loading at the first look pays in full: up
	 * to half a second on every page a test waits for.
	 * @param driver the driver to wait on
	 * @return a wait, e.g. {@code Browser.waitFor(driver).until(...)}
	 */
	public static WebDriverWait waitFor(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20));
	}

	/**
	 * Every URL the browser asked for since the test began: documents, styles, scripts,
	 * images, icons, fetches, in every tab, in order. Read from the Chrome DevTools
	 * network events that chromedriver records, so a request that is not in the HTML (a
	 * script's fetch, a CSS background, the favicon) is here too.
	 * @return the URLs requested so far
	 */
	public List<String> requestedUrls() {
		for (LogEntry entry : driver().manage().logs().get(LogType.PERFORMANCE)) {
			Map<String, Object> message = JSON.<Map<String, Object>>toType(entry.getMessage(), Map.class);
			if (message.get("message") instanceof Map<?, ?> event
					&& "Network.requestWillBeSent".equals(event.get("method"))
					&& event.get("params") instanceof Map<?, ?> params
					&& params.get("request") instanceof Map<?, ?> request) {
				this.requestedUrls.add(String.valueOf(request.get("url")));
			}
		}
		return List.copyOf(this.requestedUrls);
	}

	/**
	 * Fails, naming every problem, when axe-core finds any WCAG 2.0, 2.1 or 2.2 A/AA
	 * violation on the current page.
	 * @param driver a driver on the page to check
	 */
	public static void assertNoAxeViolations(WebDriver driver) {
		// Legacy mode runs axe-core in the page itself instead of finishing in a helper
		// tab: the same checks on pages without frames (the app has none), in half the
		// time.
		Results results = new AxeBuilder().withTags(WCAG_22_AA).setLegacyMode(true).analyze(driver);
		if (results.isErrored()) {
			Assertions.fail("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			Assertions.fail(violations.size() + " accessibility violation(s) on " + driver.getCurrentUrl() + ":\n"
					+ violations.stream().map(Browser::describe).collect(Collectors.joining("\n")));
		}
	}

	private static String describe(Rule violation) {
		StringBuilder text = new StringBuilder();
		text.append("- ")
			.append(violation.getId())
			.append(" (")
			.append(violation.getImpact())
			.append("): ")
			.append(violation.getHelp())
			.append(" <")
			.append(violation.getHelpUrl())
			.append(">");
		for (CheckedNode node : violation.getNodes()) {
			text.append("\n    at ").append(node.getTarget());
			if (node.getFailureSummary() != null) {
				text.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
			}
		}
		return text.toString();
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		if (this.owner != null || this.skipped != null) {
			// A @Nested class inherits its enclosing class's browser: one is enough.
			return;
		}
		File binary = new File(System.getProperty("chromium.binary", DEFAULT_BINARY));
		File driverExecutable = new File(System.getProperty("chromium.driver", DEFAULT_DRIVER));
		for (File required : List.of(binary, driverExecutable)) {
			if (!required.canExecute()) {
				String problem = required + " is missing: install Debian's chromium and chromium-driver, or point "
						+ "-Dchromium.binary and -Dchromium.driver at them";
				if ("true".equalsIgnoreCase(System.getenv("CI"))) {
					Assertions.fail(problem + " (CI=true: the browser tests must run)");
				}
				// Skipped test by test rather than the whole class at once, so the build
				// output counts them as skipped instead of showing nothing at all.
				this.skipped = problem + " (skipped outside CI)";
				System.err.println(
						"Browser tests in " + context.getRequiredTestClass().getSimpleName() + ": " + this.skipped);
				return;
			}
		}
		this.owner = context;
		Path work = Path.of(System.getProperty("basedir", "."), "target", "chromium");
		Files.createDirectories(work);
		this.profile = Files.createTempDirectory(work, context.getRequiredTestClass().getSimpleName() + "-");

		ChromeOptions options = new ChromeOptions();
		options.setBinary(binary);
		// Without the background-networking flags Chromium stalls on the closed network.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + this.profile,
				"--window-size=" + this.size.width() + "," + this.size.height(),
				"--lang=" + this.acceptLanguage.split(",")[0]);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", this.acceptLanguage));
		// The window cannot be narrower than 500 px and loses height to the (invisible)
		// toolbar, so the viewport is set by device emulation: exact size, and on a phone
		// a touch screen that honours <meta name="viewport">.
		options.setExperimentalOption("mobileEmulation",
				Map.of("deviceMetrics", Map.of("width", this.size.width(), "height", this.size.height(), "pixelRatio",
						this.size.mobile() ? 3.0 : 1.0, "mobile", this.size.mobile(), "touch", this.size.mobile())));
		// Chrome DevTools network events, kept by chromedriver for requestedUrls(). (A
		// Selenium DevTools session would be dropped when axe-core closes its helper
		// tab.)
		options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
		options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverExecutable)
			.usingAnyFreePort()
			.withLogFile(this.profile.resolveSibling(this.profile.getFileName() + "-chromedriver.log").toFile())
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15)).scriptTimeout(Duration.ofSeconds(30));

		// Chromium opens on its New Tab page; tests start from a blank one.
		this.driver.get("about:blank");
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (this.skipped != null) {
			Assumptions.abort(this.skipped);
		}
		this.testContext = context;
		requestedUrls();
		this.requestedUrls.clear();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.testContext = null;
		if (this.driver != null) {
			// The next test is a first visit again: no remembered language. Through
			// chromedriver, which knows the current tab, whatever axe-core opened and
			// closed.
			this.driver.executeCdpCommand("Storage.clearCookies", Map.of());
			this.driver.get("about:blank");
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (context != this.owner) {
			return;
		}
		try {
			if (this.driver != null) {
				this.driver.quit();
			}
		}
		finally {
			this.driver = null;
			this.owner = null;
			if (this.profile != null) {
				deleteRecursively(this.profile);
				this.profile = null;
			}
		}
	}

	// Best effort: a helper process may still hold a file for a moment after quit, and a
	// left-over profile under target/ harms nothing.
	private static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// left for the next mvn clean
		}
	}

	/**
	 * A viewport.
	 *
	 * @param width the width in CSS pixels
	 * @param height the height in CSS pixels
	 * @param mobile whether it is a phone: a touch screen, a high pixel density and a
	 * layout viewport set by {@code <meta name="viewport">}
	 */
	public record Size(int width, int height, boolean mobile) {
	}

}
