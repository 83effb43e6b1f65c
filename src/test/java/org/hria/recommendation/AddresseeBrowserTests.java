package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hria.account.Role;
import org.hria.browser.Browser;
import org.hria.web.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An addressee opens their organisation's assignment and responds with a measure, in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AddresseeBrowserTests {

	private static final Caller OFFICER = new Caller("browser-officer", EnumSet.of(Role.BUREAU_OFFICER), Set.of());

	private static final Caller SECRETARY = new Caller("browser-secretary", EnumSet.of(Role.COMMITTEE_SECRETARY),
			Set.of());

	@LocalServerPort
	private int port;

	@Autowired
	private TestUsers users;

	@Autowired
	private Organisations organisations;

	@Autowired
	private LifecycleService lifecycle;

	@Test
	void anAddresseeRespondsWithAMeasure() throws Exception {
		users.ensure("browser-addressee", "browser-addressee-password", Set.of(Role.ADDRESSEE_CONTACT));
		organisations.save("BROWSER-GU", "Browser District Office", "DISTRICT_OFFICE");
		organisations.addMember("browser-addressee", "BROWSER-GU");
		String title = "Portable ramp at PS-B-" + System.nanoTime();
		long assignment = acknowledgedAssignment(title);

		List<String> violations = new ArrayList<>();
		try (Browser browser = Browser.open(port)) {
			browser.signIn("browser-addressee", "browser-addressee-password");
			browser.go("/assignments?lang=en");
			violations.addAll(browser.seriousAccessibilityViolations());
			browser.clickAndWaitForNextPage(By.linkText(title));
			assertThat(browser.driver().getCurrentUrl()).endsWith("/assignments/" + assignment);
			violations.addAll(browser.seriousAccessibilityViolations());

			new Select(browser.driver().findElement(By.id("respond-decision"))).selectByValue("ACCEPTED");
			browser.driver().findElement(By.id("m1-description")).sendKeys("Portable ramp with handrails");
			new Select(browser.driver().findElement(By.id("m1-kind"))).selectByValue("TEMPORARY");
			browser.driver().findElement(By.id("m1-unit")).sendKeys("Facilities team");
			setDate(browser, "m1-target", "2027-05-31");
			browser.clickAndWaitForNextPage(By.cssSelector("form[aria-labelledby='respond-heading'] button[type=submit]"));

			String page = browser.driver().getPageSource();
			assertThat(page).contains("RESPONDED", "Portable ramp with handrails", "2027-05-31");
			violations.addAll(browser.seriousAccessibilityViolations());
			browser.go("/assignments/" + assignment + "?lang=ko");
			violations.addAll(browser.seriousAccessibilityViolations());
		}
		assertThat(violations).as("serious or critical axe-core violations").isEmpty();
	}

	/** Date inputs are typed in the browser's locale; the test sets the ISO value the form sends. */
	private static void setDate(Browser browser, String id, String isoDate) {
		WebElement input = browser.driver().findElement(By.id(id));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, isoDate);
	}

	private long acknowledgedAssignment(String title) {
		long id = ((Number) lifecycle.create(Map.of("title", title, "text", "Make the entrance usable", "findings",
				List.of(Map.of("sourceType", "SURVEY", "sourceId", "S-B", "findingId", "F-B-1", "ruleId",
						"KR-BF-11-slope", "locator", "PS-B main entrance; ramp.slope 0.125 (required <= 0.083)"))),
				OFFICER).get("id")).longValue();
		lifecycle.transition(id, "triage", Map.of("themes", List.of("ACCESSIBILITY"), "targetGroups",
				List.of("PERSONS_WITH_DISABILITIES"), "priority", "P1", "proposedAddressees", List.of("BROWSER-GU"),
				"deadlineRuleId", "GJ-COMMITTEE-90"), null, OFFICER);
		lifecycle.transition(id, "schedule", Map.of("meetingId", "M-B-1"), null, OFFICER);
		lifecycle.transition(id, "adopt", Map.of("meetingId", "M-B-1", "decisionDate", "2027-03-10", "votesFor", 15,
				"votesAgainst", 0, "abstentions", 0, "membersPresent", 15, "recusals", List.of(), "adoptedText",
				"Make the entrance usable before the next election day", "addressees", List.of("BROWSER-GU")), null,
				SECRETARY);
		Map<String, Object> routed = lifecycle.transition(id, "route", Map.of("assignments", List.of(Map.of(
				"organisation", "BROWSER-GU", "role", "LEAD", "dispatchDate", "2027-03-12", "documentNo", "인권-B"))),
				null, OFFICER);
		@SuppressWarnings("unchecked")
		long assignment = ((Number) ((List<Map<String, Object>>) routed.get("assignments")).get(0).get("id"))
			.longValue();
		lifecycle.assignmentTransition(assignment, "acknowledge", Map.of("receivedDate", "2027-03-15"), null, OFFICER);
		return assignment;
	}

}
