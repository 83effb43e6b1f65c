package org.hria.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/** The committee secretary opens a meeting, records an adoption with a recusal and sees the change. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommitteeBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JsonMapper json;

	@Test
	void theSecretaryRecordsAnAdoptionOnTheMeetingPage() throws Exception {
		users.ensure("browser-secretary", "browser-secretary-password", Set.of(Role.COMMITTEE_SECRETARY));
		users.ensure("browser-officer", "browser-officer-password", Set.of(Role.BUREAU_OFFICER));
		if (jdbc.queryForObject("select count(*) from organisation where code = 'BUKGU'", Integer.class) == 0) {
			jdbc.update("insert into organisation (code, name, type) values ('BUKGU', 'Buk-gu District Office', "
					+ "'DISTRICT_OFFICE')");
		}
		long meeting = meetingWithOneItem();
		long item = ((Number) list("browser-secretary", "/api/meetings/" + meeting + "/agenda").get(0).get("itemId"))
			.longValue();

		List<String> violations = new ArrayList<>();
		try (Browser browser = Browser.open(port)) {
			browser.signIn("browser-secretary", "browser-secretary-password");
			browser.go("/committee/meetings?lang=en");
			violations.addAll(browser.seriousAccessibilityViolations());
			browser.clickAndWaitForNextPage(By.cssSelector("a[href$='/committee/meetings/" + meeting + "']"));
			assertThat(browser.driver().getPageSource()).contains("Polling station PS-GJ-017 ramp", "KR-BF-11-slope");
			violations.addAll(browser.seriousAccessibilityViolations());

			for (int member = 1; member <= 17; member++) {
				browser.driver().findElement(By.id("adopt-present-" + item + "-" + member)).click();
			}
			type(browser, "adopt-for-" + item, "15");
			type(browser, "adopt-abstentions-" + item, "1");
			new Select(browser.driver().findElement(By.id("recusal-member-" + item + "-1"))).selectByIndex(7);
			type(browser, "recusal-reason-" + item + "-1", "employed by Buk-gu");
			WebElement text = browser.driver().findElement(By.id("adopt-text-" + item));
			text.clear();
			text.sendKeys("Before the next election day, build a ramp at PS-GJ-017");
			browser.clickAndWaitForNextPage(By.cssSelector("#item-" + item + " form button[type=submit]"));

			String page = browser.driver().getPageSource();
			assertThat(page).contains("Saved.", "Adopted", "15 for, 0 against, 1 abstentions; 17 members present",
					"Member 1, Member 2, Member 3",
					"employed by Buk-gu", "[+Before the next election day,");
			violations.addAll(browser.seriousAccessibilityViolations());
		}
		assertThat(violations).as("serious or critical axe-core violations").isEmpty();
		Map<String, Object> recommendation = call("browser-officer", "GET",
				"/api/recommendations/" + list("browser-secretary", "/api/meetings/" + meeting + "/agenda").get(0)
					.get("recommendationId"), null);
		assertThat(recommendation.get("state")).isEqualTo("ADOPTED");
	}

	private static void type(Browser browser, String id, String value) {
		WebElement field = browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	@SuppressWarnings("unchecked")
	private long meetingWithOneItem() throws Exception {
		Map<String, Object> rec = call("browser-officer", "POST", "/api/recommendations", Map.of("title",
				"Polling station PS-GJ-017 ramp", "text", "Build a ramp at PS-GJ-017", "findings",
				List.of(Map.of("sourceType", "SURVEY", "sourceId", "S-2027-0110", "findingId", "F-browser-1", "ruleId",
						"KR-BF-11-slope", "locator", "PS-GJ-017 main entrance; ramp.slope 0.125"))));
		Object id = rec.get("id");
		call("browser-officer", "POST", "/api/recommendations/" + id + "/transitions", Map.of("action", "triage",
				"data", Map.of("themes", List.of("ACCESSIBILITY"), "targetGroups", List.of("GENERAL"), "priority", "P1",
						"priorityReason", "browser test: urgent before the election", "proposedAddressees", List.of("BUKGU"), "deadlineRuleId", "GJ-COMMITTEE-90")));
		List<Map<String, Object>> members = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			members.add(Map.of("name", "Member " + i, "termStart", "2026-01-01", "termEnd", "2028-12-31"));
		}
		Map<String, Object> committee = call("browser-secretary", "POST", "/api/committees",
				Map.of("name", "Human Rights Civil Committee (browser)", "members", members));
		Map<String, Object> meeting = call("browser-secretary", "POST", "/api/meetings",
				Map.of("committeeId", committee.get("id"), "date", "2027-03-10", "place", "City hall"));
		send("browser-secretary", "POST", "/api/meetings/" + meeting.get("id") + "/agenda",
				Map.of("recommendationId", id));
		return ((Number) meeting.get("id")).longValue();
	}

	private List<Map<String, Object>> list(String user, String path) throws Exception {
		return new ApiClient(port, json).list(user, user + "-password", path);
	}

	private Map<String, Object> call(String user, String method, String path, Object body) throws Exception {
		return new ApiClient(port, json).call(user, user + "-password", method, path, body);
	}

	private String send(String user, String method, String path, Object body) throws Exception {
		return new ApiClient(port, json).send(user, user + "-password", method, path, body);
	}

}
