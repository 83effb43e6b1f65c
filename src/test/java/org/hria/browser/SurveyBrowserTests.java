package org.hria.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hria.account.Role;
import org.hria.web.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An inspector downloads a template, fills it, uploads it, reads the table and opens a facility. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyBrowserTests {

	/** What the inspector measured at a polling station whose door is 899 mm wide (the Korean minimum is 900 mm). */
	private static final Map<String, String> MEASURED = Map.ofEntries(Map.entry("entrance.step_free", "yes"),
			Map.entry("entrance.door_clear_width", "899"), Map.entry("entrance.threshold", "2"),
			Map.entry("route.width", "1.5"), Map.entry("route.tactile_paving", "yes"), Map.entry("service.floor", "1"),
			Map.entry("parking.total_spaces", "0"), Map.entry("voting.accessible_booth", "yes"),
			Map.entry("voting.assistance_staff", "yes"), Map.entry("voting.turning_space", "1.5"),
			Map.entry("voting.route_width", "1.2"), Map.entry("signage.braille", "yes"));

	@LocalServerPort
	private int port;

	@Autowired
	private TestUsers users;

	@TempDir
	Path downloads;

	@Test
	void anInspectorUploadsAFilledTemplateAndOpensAFacility() throws Exception {
		users.ensure("browser-inspector", "browser-inspector-password", Set.of(Role.INSPECTOR));
		List<String> violations = new ArrayList<>();
		try (Browser browser = Browser.open(port)) {
			browser.signIn("browser-inspector", "browser-inspector-password");
			browser.go("/surveys?lang=en");
			violations.addAll(browser.seriousAccessibilityViolations());

			String template = browser.driver()
				.findElement(By.cssSelector("a[href*='/surveys/templates/POLLING_STATION/kr'][href*='headers=en'][href*='format=long']"))
				.getAttribute("href");
			Path filled = fill(download(browser, template));

			browser.driver().findElement(By.id("file")).sendKeys(filled.toAbsolutePath().toString());
			new Select(browser.driver().findElement(By.id("kind"))).selectByValue("POLLING_STATION");
			new Select(browser.driver().findElement(By.id("profile"))).selectByValue("kr");
			browser.driver().findElement(By.id("title")).sendKeys("Browser test survey");
			browser.clickAndWaitForNextPage(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"));

			assertThat(browser.driver().getPageSource()).contains("RELOCATE");
			violations.addAll(browser.seriousAccessibilityViolations());

			browser.clickAndWaitForNextPage(By.linkText("PS-899"));
			assertThat(browser.driver().getPageSource()).contains("entrance.door_clear_width", "899");
			violations.addAll(browser.seriousAccessibilityViolations());
		}
		assertThat(violations).as("serious or critical axe-core violations").isEmpty();
	}

	private String download(Browser browser, String url) throws Exception {
		String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).as("the English long template").contains("facility_id,facility_name,criterion,value,unit");
		return response.body();
	}

	/** Fills the template's value column row by row, as an inspector would in a spreadsheet. */
	private Path fill(String template) throws Exception {
		List<String> lines = new ArrayList<>(template.lines().toList());
		List<String> filled = new ArrayList<>();
		filled.add(lines.get(0).replace("\uFEFF", ""));
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			String criterion = cells[2].replace("\"", "");
			if (MEASURED.containsKey(criterion)) {
				cells[0] = "PS-899";
				cells[1] = "Community centre";
				cells[3] = MEASURED.get(criterion);
				cells[5] = "";
				filled.add(String.join(",", cells));
			}
		}
		Path file = downloads.resolve("polling-stations.csv");
		Files.writeString(file, String.join("\n", filled) + "\n");
		return file;
	}

}
