package org.hria.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with axe-core (npm) injected into each page. Off
 * CI a machine without Chromium skips the browser tests; on CI (CI=true) a missing browser fails.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");

	private final WebDriver driver;

	private final String baseUrl;

	private Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	public static Browser open(int port) {
		boolean ready = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) && Files.isRegularFile(AXE);
		String why = "needs " + CHROMIUM + ", " + CHROMEDRIVER + " (apt-get install chromium chromium-driver) and " + AXE
				+ " (npm ci)";
		if (!ready && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("The browser tests " + why);
		}
		Assumptions.assumeTrue(ready, "Browser tests skipped: " + why);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=ko-KR");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ko-KR,ko"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		// axe-core on a long page (the rule catalogue) takes more than the default 30 s on a loaded machine
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
		return new Browser(driver, "http://localhost:" + port);
	}

	public WebDriver driver() {
		return driver;
	}

	public void go(String path) {
		driver.get(baseUrl + path);
	}

	public void signIn(String username, String password) {
		go("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		clickAndWaitForNextPage(By.cssSelector("form.form button[type=submit]"));
	}

	/**
	 * Clicks something that loads a new page and waits until the new page has loaded. The old page is
	 * marked with a window property that the next page does not have; an element reference would do,
	 * but Chromium sometimes reports a stale one as an "unknown error" instead of as stale.
	 */
	public void clickAndWaitForNextPage(By target) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("window.hriaPreviousPage = true;");
		driver.findElement(target).click();
		new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
			.until(page -> Boolean.TRUE.equals(((JavascriptExecutor) page).executeScript(
					"return window.hriaPreviousPage === undefined && document.readyState === 'complete';")));
	}

	/** Runs axe-core on the current page and returns the serious and critical violations, one line each. */
	public List<String> seriousAccessibilityViolations() throws Exception {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(Files.readString(AXE));
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
				  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
				      nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))))
				  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
				""");
		List<String> serious = new ArrayList<>();
		for (Object item : (List<?>) result) {
			Map<?, ?> violation = (Map<?, ?>) item;
			Object impact = violation.get("impact");
			if ("serious".equals(impact) || "critical".equals(impact)) {
				serious.add(driver.getCurrentUrl() + " " + violation.get("id") + " (" + impact + "): "
						+ violation.get("help") + " at " + violation.get("nodes"));
			}
		}
		return serious;
	}

	@Override
	public void close() {
		driver.quit();
	}

}
