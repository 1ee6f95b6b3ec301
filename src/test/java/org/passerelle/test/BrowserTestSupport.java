package org.passerelle.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Base class of the browser suite ({@code *BrowserTests}, run by
 * {@code ./mvnw -Pbrowser verify}): the whole application on a random port with a fresh
 * data folder and the demo content, and a headless Chromium driven by Selenium. The
 * browser is Debian's {@code chromium} with its {@code chromium-driver} (other paths
 * through the system properties {@code passerelle.browser.binary} and
 * {@code passerelle.browser.driver}); Selenium is never asked to download a driver. One
 * browser per test class, with a fresh profile.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(
		properties = { "passerelle.data-dir=target/test-data/browser-${random.uuid}", "passerelle.demo=true" })
public abstract class BrowserTestSupport {

	/** Where {@link #screenshot(String)} writes its pictures. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	/** The browser of the running test class. */
	protected static WebDriver browser;

	private static ChromeDriverService driverService;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		File driver = new File(System.getProperty("passerelle.browser.driver", "/usr/bin/chromedriver"));
		String binary = System.getProperty("passerelle.browser.binary", "/usr/bin/chromium");
		if (!driver.canExecute() || !new File(binary).canExecute()) {
			throw new IllegalStateException("The browser suite needs " + binary + " and " + driver
					+ ": apt-get install chromium chromium-driver");
		}
		Path profile = Files.createDirectories(Path.of("target", "browser-profiles"));
		ChromeOptions options = new ChromeOptions();
		options.setBinary(binary);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--lang=fr",
				"--user-data-dir=" + Files.createTempDirectory(profile, "chromium-").toAbsolutePath());
		// keeps the console, where Chromium reports Content Security Policy violations
		options.setCapability("goog:loggingPrefs", loggingPreferences());
		driverService = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
		browser = new ChromeDriver(driverService, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(1));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
		if (driverService != null) {
			driverService.stop();
			driverService = null;
		}
	}

	private static LoggingPreferences loggingPreferences() {
		LoggingPreferences preferences = new LoggingPreferences();
		preferences.enable(LogType.BROWSER, Level.ALL);
		return preferences;
	}

	/**
	 * The messages the browser wrote to its console since the last call (errors, Content
	 * Security Policy violations, scripts' logs).
	 */
	protected List<String> consoleMessages() {
		return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
	}

	/** The address of the running application, e.g. {@code http://localhost:41234}. */
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/**
	 * Opens a page of the application, e.g. {@code open("/organisations")}, and waits for
	 * it to load.
	 */
	protected void open(String path) {
		browser.get(baseUrl() + path);
	}

	/**
	 * Waits until the condition holds, for pages that change after loading (htmx). Fails
	 * after 15 seconds.
	 */
	protected <T> T waitFor(ExpectedCondition<T> condition) {
		return new WebDriverWait(browser, PATIENCE).until(condition);
	}

	/**
	 * Saves a picture of the browser window as {@code target/screenshots/<name>.png}.
	 * @return the file written
	 */
	protected Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".png");
			File picture = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
			Files.copy(picture.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
