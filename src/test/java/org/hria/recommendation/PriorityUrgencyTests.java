package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hria.rules.RuleEngine;
import org.hria.rules.RuleInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** Urgency (spec 3.4) through triage: a dated event within 90 days adds 0.5 and the breakdown names it. */
@SpringBootTest
@AutoConfigureMockMvc
class PriorityUrgencyTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private Organisations organisations;

	@Autowired
	private RuleEngine rules;

	private LifecycleApi api;

	@BeforeEach
	void setUp() {
		api = new LifecycleApi(mvc, json, organisations);
	}

	@Test
	void anElectionWithinNinetyDaysRaisesTheScoreAndNinetyOneDaysDoesNot() throws Exception {
		long id = majorFinding("urgency window");
		LocalDate today = LocalDate.now(Clocks.CITY);
		Map<String, Object> inside = score(id, today.plusDays(90), "by-election");
		assertThat(urgency(inside)).containsEntry("value", 0.5);
		assertThat(urgency(inside).get("explanation").toString()).contains("by-election",
				today.plusDays(90).toString(), "within 90 days");
		assertThat(inside).as("3 x 1 x (1 + 0.5 + 0.5)").containsEntry("score", 6.0).containsEntry("level", "P2");
		assertThat(inside).containsEntry("formula", "severity x reach x (1 + vulnerability + urgency)");

		Map<String, Object> outside = score(id, today.plusDays(91), "by-election");
		assertThat(urgency(outside)).containsEntry("value", 0.0);
		assertThat(outside).containsEntry("score", 4.5).containsEntry("level", "P3");
	}

	@Test
	void triageStoresTheEventAndTheBreakdownAndTriagePageShowIt() throws Exception {
		long id = majorFinding("urgency stored");
		String date = LocalDate.now(Clocks.CITY).plusDays(30).toString();
		Map<String, Object> data = triage();
		data.put("eventDate", date);
		data.put("eventName", "제22대 국회의원 재보궐선거");
		LifecycleApi.Answer triaged = api.transition("officer", id, "triage", data);
		assertThat(triaged.status()).as(triaged.raw()).isEqualTo(200);
		assertThat(triaged.get("priority")).as("computed from 3 x 1 x 2 = 6").isEqualTo("P2");

		Map<String, Object> stored = api.get("officer", "/api/recommendations/" + id + "/priority").body();
		assertThat(urgency(stored).get("explanation").toString()).contains("제22대 국회의원 재보궐선거", date);
		assertThat(stored).containsEntry("score", 6.0);
		String page = mvc.perform(get("/recommendations/" + id + "/triage?lang=en")
			.with(user("urgency-officer").roles("BUREAU_OFFICER"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<td>urgency</td>", "제22대 국회의원 재보궐선거 on " + date + " is within 90 days");
	}

	@Test
	void anEventDateWithoutItsNameOrNotADateIsRefusedNamingTheField() throws Exception {
		long id = majorFinding("urgency refused");
		Map<String, Object> noName = triage();
		noName.put("eventDate", "2027-04-01");
		LifecycleApi.Answer refused = api.transition("officer", id, "triage", noName);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.raw()).contains("\"field\":\"eventName\"", "\"code\":\"required\"");
		Map<String, Object> notADate = triage();
		notADate.put("eventDate", "next spring");
		notADate.put("eventName", "festival");
		assertThat(api.transition("officer", id, "triage", notADate).raw()).contains("\"field\":\"eventDate\"",
				"must be a date");
		assertThat(api.get("officer", "/api/recommendations/" + id).get("state")).isEqualTo("DRAFT");
	}

	private long majorFinding(String title) throws Exception {
		RuleInfo major = rules.current()
			.domains()
			.stream()
			.flatMap(d -> rules.current().catalogue(d).stream())
			.filter(r -> "MAJOR".equals(r.severity()) && r.id() != null && !"U".equals(r.status()))
			.findFirst()
			.orElseThrow();
		LifecycleApi.Answer created = api.postJson("officer", "/api/recommendations", Map.of("title", title, "text",
				"Text of " + title, "findings", List.of(Map.of("sourceType", "SURVEY", "sourceId", "S-" + title,
						"findingId", "F-" + title, "ruleId", major.id(), "locator", title + " door"))));
		return created.id();
	}

	private Map<String, Object> score(long id, LocalDate eventDate, String eventName) throws Exception {
		return api.get("officer", "/api/recommendations/" + id + "/priority?targetGroups=PERSONS_WITH_DISABILITIES"
				+ "&eventDate=" + eventDate + "&eventName=" + eventName).body();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> urgency(Map<String, Object> score) {
		return ((List<Map<String, Object>>) score.get("parts")).get(3);
	}

	private static Map<String, Object> triage() {
		return new HashMap<>(Map.of("themes", List.of("ACCESSIBILITY"), "targetGroups",
				List.of("PERSONS_WITH_DISABILITIES"), "proposedAddressees", List.of("BUKGU"), "deadlineRuleId",
				"GJ-COMMITTEE-90"));
	}

}
