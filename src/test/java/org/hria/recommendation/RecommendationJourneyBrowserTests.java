package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hria.account.Role;
import org.hria.browser.ApiClient;
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

import tools.jackson.databind.json.JsonMapper;

/**
 * One recommendation through the three role pages in a real browser: a Bureau officer triages it,
 * the committee secretary records its adoption, the addressee responds with a measure and later
 * changes its target date. Only the steps no page is for (creating the committee, scheduling,
 * routing, acknowledging, starting implementation) use the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecommendationJourneyBrowserTests {

	private static final String ORGANISATION = "JOURNEY-GU";

	private static final Caller OFFICER = new Caller("journey-officer", EnumSet.of(Role.BUREAU_OFFICER), Set.of());

	@LocalServerPort
	private int port;

	@Autowired
	private TestUsers users;

	@Autowired
	private Organisations organisations;

	@Autowired
	private LifecycleService lifecycle;

	@Autowired
	private JsonMapper json;

	private final List<String> violations = new ArrayList<>();

	@Test
	@SuppressWarnings("unchecked")
	void anOfficerTriagesTheSecretaryRecordsTheAdoptionAndTheAddresseeRespondsAndChangesATargetDate() throws Exception {
		users.ensure("journey-officer", "journey-officer-password", Set.of(Role.BUREAU_OFFICER));
		users.ensure("journey-secretary", "journey-secretary-password", Set.of(Role.COMMITTEE_SECRETARY));
		users.ensure("journey-addressee", "journey-addressee-password", Set.of(Role.ADDRESSEE_CONTACT));
		organisations.save(ORGANISATION, "Journey District Office", "DISTRICT_OFFICE");
		organisations.addMember("journey-addressee", ORGANISATION);
		String title = "Ramp at polling station PS-J-" + System.nanoTime();
		long id = ((Number) lifecycle.create(Map.of("title", title, "text", "Make the entrance usable", "findings",
				List.of(Map.of("sourceType", "SURVEY", "sourceId", "S-J", "findingId", "F-J-" + System.nanoTime(),
						"ruleId", "KR-BF-11-slope", "locator", "PS-J main entrance; ramp.slope 0.125 (required <= 0.083)"))),
				OFFICER).get("id")).longValue();

		triageOnTheTriagePage(id);
		long meeting = meetingWith(id);
		adoptOnTheMeetingPage(meeting);
		long assignment = routedAndAcknowledged(id);
		respondOnTheAssignmentPage(title, assignment);
		Map<String, Object> responded = lifecycle.get(id, OFFICER);
		assertThat(responded.get("state")).as("a single assignment's state shows on the recommendation").isEqualTo("RESPONDED");
		lifecycle.assignmentTransition(assignment, "start_implementation", Map.of("reviewNote", "plan reviewed"), null,
				OFFICER);
		changeTheTargetDateOnTheAssignmentPage(assignment);
		publishedAndReadWithoutLogin(id);

		assertThat(violations).as("serious or critical axe-core violations").isEmpty();
		Map<String, Object> recommendation = lifecycle.get(id, OFFICER);
		assertThat((List<Map<String, Object>>) recommendation.get("assignments")).singleElement().satisfies(a -> {
			assertThat(a.get("state")).isEqualTo("IN_IMPLEMENTATION");
			assertThat((List<Map<String, Object>>) a.get("measures")).singleElement().satisfies(m -> {
				assertThat(m.get("targetDate")).hasToString("2027-07-15");
				assertThat(m.get("statusReason")).isEqualTo("The supplier delivers the ramp in July");
			});
		});
	}

	/** The Bureau lead publishes it; anyone reads it, with the public figures, without signing in. */
	private void publishedAndReadWithoutLogin(long id) throws Exception {
		users.ensure("journey-lead", "journey-lead-password", Set.of(Role.BUREAU_LEAD));
		new ApiClient(port, json).call("journey-lead", "journey-lead-password", "POST",
				"/api/recommendations/" + id + "/publication", Map.of("publicSummary", "A ramp at the polling station"));
		try (Browser browser = Browser.open(port)) {
			browser.go("/public/recommendations?lang=en");
			assertThat(browser.driver().findElement(By.tagName("main")).getText())
				.contains("A ramp at the polling station", "Published recommendations in figures");
			violations.addAll(browser.seriousAccessibilityViolations());
		}
	}

	private void triageOnTheTriagePage(long id) throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.signIn("journey-officer", "journey-officer-password");
			browser.go("/recommendations/inbox?lang=en");
			violations.addAll(browser.seriousAccessibilityViolations());
			browser.clickAndWaitForNextPage(By.cssSelector("a[href='/recommendations/" + id + "/triage']"));
			violations.addAll(browser.seriousAccessibilityViolations());
			browser.driver().findElement(By.id("theme-ACCESSIBILITY")).click();
			browser.driver().findElement(By.id("group-PERSONS_WITH_DISABILITIES")).click();
			browser.driver().findElement(By.id("org-" + ORGANISATION)).click();
			new Select(browser.driver().findElement(By.id("deadlineRuleId"))).selectByValue("GJ-COMMITTEE-90");
			browser.clickAndWaitForNextPage(By.id("triage-submit"));
			assertThat(browser.driver().findElement(By.cssSelector(".message.ok")).getText()).contains("TRIAGED");
			violations.addAll(browser.seriousAccessibilityViolations());
		}
	}

	/** A planned meeting of a new 20-member committee with this recommendation on its agenda. */
	private long meetingWith(long id) throws Exception {
		ApiClient api = new ApiClient(port, json);
		List<Map<String, Object>> members = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			members.add(Map.of("name", "Journey member " + i, "termStart", "2026-01-01", "termEnd", "2028-12-31"));
		}
		Map<String, Object> committee = api.call("journey-secretary", "journey-secretary-password", "POST",
				"/api/committees", Map.of("name", "Human Rights Civil Committee (journey)", "members", members));
		Map<String, Object> meeting = api.call("journey-secretary", "journey-secretary-password", "POST",
				"/api/meetings", Map.of("committeeId", committee.get("id"), "date", "2027-03-10", "place", "City hall"));
		api.send("journey-officer", "journey-officer-password", "POST", "/api/meetings/" + meeting.get("id") + "/agenda",
				Map.of("recommendationId", id));
		return ((Number) meeting.get("id")).longValue();
	}

	private void adoptOnTheMeetingPage(long meeting) throws Exception {
		long item = ((Number) new ApiClient(port, json)
			.list("journey-secretary", "journey-secretary-password", "/api/meetings/" + meeting + "/agenda")
			.get(0)
			.get("itemId")).longValue();
		try (Browser browser = Browser.open(port)) {
			browser.signIn("journey-secretary", "journey-secretary-password");
			browser.go("/committee/meetings/" + meeting + "?lang=en");
			violations.addAll(browser.seriousAccessibilityViolations());
			for (int member = 1; member <= 15; member++) {
				browser.driver().findElement(By.id("adopt-present-" + item + "-" + member)).click();
			}
			type(browser, "adopt-for-" + item, "14");
			type(browser, "adopt-abstentions-" + item, "1");
			browser.clickAndWaitForNextPage(By.cssSelector("#item-" + item + " form button[type=submit]"));
			assertThat(browser.driver().getPageSource()).contains("Adopted", "14 for, 0 against, 1 abstentions",
					"Journey member 1, Journey member 2");
			violations.addAll(browser.seriousAccessibilityViolations());
		}
	}

	@SuppressWarnings("unchecked")
	private long routedAndAcknowledged(long id) {
		Map<String, Object> routed = lifecycle.transition(id, "route", Map.of("assignments", List.of(Map.of(
				"organisation", ORGANISATION, "role", "LEAD", "dispatchDate", "2027-03-12", "documentNo", "인권-J"))),
				null, OFFICER);
		long assignment = ((Number) ((List<Map<String, Object>>) routed.get("assignments")).get(0).get("id"))
			.longValue();
		lifecycle.assignmentTransition(assignment, "acknowledge", Map.of("receivedDate", "2027-03-15"), null, OFFICER);
		return assignment;
	}

	private void respondOnTheAssignmentPage(String title, long assignment) throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.signIn("journey-addressee", "journey-addressee-password");
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
			assertThat(browser.driver().getPageSource()).contains("RESPONDED", "Portable ramp with handrails",
					"2027-05-31");
			violations.addAll(browser.seriousAccessibilityViolations());
			browser.go("/assignments/" + assignment + "?lang=ko");
			violations.addAll(browser.seriousAccessibilityViolations());
		}
	}

	private void changeTheTargetDateOnTheAssignmentPage(long assignment) throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.signIn("journey-addressee", "journey-addressee-password");
			browser.go("/assignments/" + assignment + "?lang=en");
			violations.addAll(browser.seriousAccessibilityViolations());
			assertThat(new Select(browser.driver().findElement(By.id("target-measure"))).getFirstSelectedOption()
				.getText()).contains("Portable ramp with handrails", "2027-05-31");
			setDate(browser, "target-date", "2027-07-15");
			browser.driver().findElement(By.id("target-reason")).sendKeys("The supplier delivers the ramp in July");
			browser.clickAndWaitForNextPage(By.cssSelector("form[aria-labelledby='target-heading'] button[type=submit]"));
			assertThat(browser.driver().getCurrentUrl()).endsWith("/assignments/" + assignment);
			assertThat(browser.driver().getPageSource()).contains("2027-07-15", "The supplier delivers the ramp in July")
				.doesNotContain("Nothing was saved");
			violations.addAll(browser.seriousAccessibilityViolations());
			browser.go("/assignments/" + assignment + "?lang=ko");
			violations.addAll(browser.seriousAccessibilityViolations());
		}
	}

	private static void type(Browser browser, String id, String value) {
		WebElement field = browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	/** Date inputs are typed in the browser's locale; the test sets the ISO value the form sends. */
	private static void setDate(Browser browser, String id, String isoDate) {
		WebElement input = browser.driver().findElement(By.id(id));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, isoDate);
	}

}
