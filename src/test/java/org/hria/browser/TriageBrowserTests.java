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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/** A Bureau officer opens the inbox, triages a new draft on its triage page and looks at the dashboard. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TriageBrowserTests {

	private static final String USER = "browser-officer";

	private static final String PASSWORD = "browser-officer-password";

	@LocalServerPort
	private int port;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JsonMapper json;

	@Test
	void aBureauOfficerTriagesADraftOnItsTriagePage() throws Exception {
		users.ensure(USER, PASSWORD, Set.of(Role.BUREAU_OFFICER));
		if (jdbc.queryForObject("select count(*) from organisation where code = 'BROWSER-GU'", Integer.class) == 0) {
			jdbc.update("insert into organisation (code, name, type) values ('BROWSER-GU', 'Browser-gu Office', "
					+ "'DISTRICT_OFFICE')");
		}
		long id = createDraft();
		respondedAssignment();
		List<String> violations = new ArrayList<>();
		try (Browser browser = Browser.open(port)) {
			browser.signIn(USER, PASSWORD);
			browser.go("/recommendations/inbox?lang=en");
			assertThat(browser.driver().getPageSource()).contains("Browser triage draft");
			violations.addAll(browser.seriousAccessibilityViolations());

			browser.clickAndWaitForNextPage(By.cssSelector("a[href='/recommendations/" + id + "/triage']"));
			assertThat(browser.driver().getPageSource()).contains("Priority score", "severity");
			violations.addAll(browser.seriousAccessibilityViolations());

			browser.driver().findElement(By.id("theme-ACCESSIBILITY")).click();
			browser.driver().findElement(By.id("theme-RIGHT_TO_VOTE")).click();
			browser.driver().findElement(By.id("group-PERSONS_WITH_DISABILITIES")).click();
			browser.driver().findElement(By.id("org-BROWSER-GU")).click();
			new Select(browser.driver().findElement(By.id("deadlineRuleId"))).selectByValue("GJ-COMMITTEE-90");
			browser.clickAndWaitForNextPage(By.id("triage-submit"));
			assertThat(browser.driver().findElement(By.cssSelector(".message.ok")).getText()).contains("triage",
					"TRIAGED");
			violations.addAll(browser.seriousAccessibilityViolations());

			browser.go("/recommendations/dashboard");
			assertThat(browser.driver().getPageSource()).contains("<svg", "Browser-gu Office");
			violations.addAll(browser.seriousAccessibilityViolations());
		}
		assertThat(violations).as("serious or critical axe-core violations").isEmpty();
		assertThat(jdbc.queryForObject("select state from recommendation where id = ?", String.class, id))
			.isEqualTo("TRIAGED");
	}

	/** A chart needs a response: one accepted assignment, written directly as a dashboard fixture. */
	private void respondedAssignment() {
		if (jdbc.queryForObject("select count(*) from recommendation where title = 'Browser dashboard fixture'",
				Integer.class) > 0) {
			return;
		}
		jdbc.update("insert into recommendation (state, title, body, published, created_by, created_at, version, "
				+ "decided_at) values ('ROUTED', 'Browser dashboard fixture', 'fixture', false, ?, current_timestamp, 0, "
				+ "date '2026-03-10')", USER);
		Long rec = jdbc.queryForObject("select id from recommendation where title = 'Browser dashboard fixture'",
				Long.class);
		jdbc.update("insert into assignment (recommendation_id, organisation_code, lead, state, dispatched_at, "
				+ "document_no, extensions_used, version, decision, received_at, responded_at) values (?, 'BROWSER-GU', "
				+ "true, 'RESPONDED', date '2026-03-12', 'D-1', 0, 0, 'ACCEPTED', date '2026-03-15', date '2026-04-20')",
				rec);
	}

	private long createDraft() throws Exception {
		Map<String, Object> created = new ApiClient(port, json).call(USER, PASSWORD, "POST", "/api/recommendations",
				Map.of("title", "Browser triage draft", "text", "투표소 출입구 경사로가 가파르다", "findings",
						List.of(Map.of("sourceType", "SURVEY", "sourceId", "S-BROWSER-1", "findingId", "F-BROWSER-1",
								"ruleId", "R-BROWSER", "locator", "PS-BR-1 entrance"))));
		return ((Number) created.get("id")).longValue();
	}

}
