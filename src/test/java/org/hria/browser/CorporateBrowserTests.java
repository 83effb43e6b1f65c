package org.hria.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.hria.account.Role;
import org.hria.web.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A self-assessor fills two areas, saves, comes back, finishes and submits; a Bureau officer
 * reads the report and the table across enterprises; another enterprise's assessor cannot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CorporateBrowserTests {

	private static final int YEAR = 2026;

	@LocalServerPort
	private int port;

	@Autowired
	private TestUsers users;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aSelfAssessorSubmitsAndOnlyTheBureauAndTheirEnterpriseSeeTheReport() throws Exception {
		users.ensure("bt-officer", "bt-officer-password", Set.of(Role.BUREAU_OFFICER));
		users.ensure("bt-assessor-a", "bt-assessor-a-password", Set.of(Role.ENTERPRISE_SELF_ASSESSOR));
		users.ensure("bt-assessor-b", "bt-assessor-b-password", Set.of(Role.ENTERPRISE_SELF_ASSESSOR));
		register("BT-A", "Browser Test Transit Corporation", "bt-assessor-a");
		register("BT-B", "Browser Test Facilities Corporation", "bt-assessor-b");

		List<String> violations = new ArrayList<>();
		String report;
		try (Browser browser = Browser.open(port)) {
			browser.signIn("bt-assessor-a", "bt-assessor-a-password");
			browser.go("/corporate/questionnaire?year=" + YEAR + "&lang=en");
			violations.addAll(browser.seriousAccessibilityViolations());
			String firstArea = currentArea(browser);
			answerEveryItem(browser);
			click(browser, "button[name=next]:not([value=''])");
			answerEveryItem(browser);
			click(browser, "button[name=next][value='']");

			browser.go("/corporate/questionnaire?year=" + YEAR + "&area=" + firstArea);
			assertThat(browser.driver().findElements(By.cssSelector("select[name^=answer_]")))
				.as("the answers saved in the first area are still there")
				.isNotEmpty()
				.allSatisfy(select -> assertThat(new Select(select).getFirstSelectedOption().getAttribute("value")).isNotEmpty());

			while (!browser.driver().findElements(By.cssSelector("button[name=next]:not([value=''])")).isEmpty()) {
				click(browser, "button[name=next]:not([value=''])");
				answerEveryItem(browser);
			}
			click(browser, "button[name=next][value='']");
			violations.addAll(browser.seriousAccessibilityViolations());
			click(browser, "form[action$='/corporate/questionnaire/submit'] button[type=submit]");

			report = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
			assertThat(report).matches("/corporate/assessments/\\d+.*");
			violations.addAll(browser.seriousAccessibilityViolations());
			click(browser, "form.logout button");

			browser.signIn("bt-officer", "bt-officer-password");
			browser.go(report);
			assertThat(browser.driver().getPageSource()).contains("Browser Test Transit Corporation");
			violations.addAll(browser.seriousAccessibilityViolations());
			browser.go("/corporate/table?year=" + YEAR);
			assertThat(browser.driver().getPageSource()).contains("Browser Test Transit Corporation");
			violations.addAll(browser.seriousAccessibilityViolations());
		}
		assertThat(get(report, "bt-assessor-b", "bt-assessor-b-password").statusCode()).isIn(403, 404);
		assertThat(get(report, "bt-assessor-a", "bt-assessor-a-password").statusCode()).isEqualTo(200);
		assertThat(violations).as("serious or critical axe-core violations").isEmpty();
	}

	private static String currentArea(Browser browser) {
		return browser.driver().findElement(By.cssSelector("input[type=hidden][name=area]")).getAttribute("value");
	}

	/** Answers "fully" (or yes) with an evidence reference, as an enterprise with good practice would. */
	private static void answerEveryItem(Browser browser) {
		for (WebElement element : browser.driver().findElements(By.cssSelector("select[name^=answer_]"))) {
			Select select = new Select(element);
			boolean scale = select.getOptions().stream().anyMatch(option -> "2".equals(option.getAttribute("value")));
			select.selectByValue(scale ? "2" : "yes");
			String itemId = element.getAttribute("name").substring("answer_".length());
			WebElement evidence = browser.driver().findElement(By.id("evidence_" + itemId));
			evidence.clear();
			evidence.sendKeys("policy-" + itemId + ".pdf");
		}
	}

	private static void click(Browser browser, String css) {
		browser.clickAndWaitForNextPage(By.cssSelector(css));
	}

	private void register(String enterpriseId, String name, String member) throws Exception {
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/api/corporate/enterprises/" + enterpriseId))
			.header("Authorization", basic("bt-officer", "bt-officer-password"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"supervisingDepartment\":\"Transport\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isBetween(200, 201);
		HttpResponse<String> linked = http.send(
				HttpRequest.newBuilder(uri("/api/corporate/enterprises/" + enterpriseId + "/members/" + member))
					.header("Authorization", basic("bt-officer", "bt-officer-password"))
					.PUT(HttpRequest.BodyPublishers.noBody())
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(linked.statusCode()).isEqualTo(204);
	}

	private HttpResponse<String> get(String path, String user, String password) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, password)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
