package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.hria.rules.RuleEngine;
import org.hria.rules.RuleInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** Triage (spec 3): taxonomy codes, duplicate candidates with their reasons, the priority score and its parts. */
@SpringBootTest
@AutoConfigureMockMvc
class TriageTests {

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
	void triageRefusesAThemeOrTargetGroupOutsideTheTaxonomyNamingItAndTheAllowedCodes() throws Exception {
		long id = api.create("officer", "taxonomy check", "R-TAX").id();
		LifecycleApi.Answer answer = api.transition("officer", id, "triage", triage(List.of("FLYING"),
				List.of("GENERAL", "MARTIANS"), null));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.raw()).contains("\"field\":\"themes\"", "FLYING", "ACCESSIBILITY", "RIGHT_TO_VOTE")
			.contains("\"field\":\"targetGroups\"", "MARTIANS", "PERSONS_WITH_DISABILITIES");
		assertThat(api.get("officer", "/api/recommendations/" + id).get("state")).isEqualTo("DRAFT");
	}

	@Test
	void duplicateCandidatesShareRuleAndLocatorOrHaveSimilarTextAndSayWhy() throws Exception {
		long mine = create("경사로 설치 권고 갑", "투표소 주 출입구 경사로의 기울기가 1:8로 기준을 넘으므로 손잡이를 갖춘 경사로를 설치할 것",
				"DUP-RULE-1", "DUPLOC-1 main entrance", "DUP-F1");
		long sameLocus = create("A different title", "Unrelated wording about something else entirely", "DUP-RULE-1",
				"dupLOC-1   MAIN entrance", "DUP-F2");
		long similar = create("경사로 설치 권고 을", "투표소 주 출입구 경사로 기울기가 1:8로 기준을 넘으니 손잡이를 갖춘 경사로를 설치할 것",
				"DUP-RULE-2", "DUPLOC-2 side door", "DUP-F3");
		long other = create("Parking", "Two accessible parking spaces are missing at the ward office", "DUP-RULE-1",
				"DUPLOC-3 car park", "DUP-F4");
		List<Map<String, Object>> candidates = api.list("officer", "/api/recommendations/" + mine + "/duplicates");
		assertThat(candidates).extracting(c -> ((Number) c.get("id")).longValue())
			.contains(sameLocus, similar)
			.doesNotContain(other, mine);
		assertThat(candidate(candidates, sameLocus).get("reasons").toString())
			.contains("same rule DUP-RULE-1 and locator", "DUP-F2");
		assertThat(candidate(candidates, similar).get("reasons").toString()).contains("similar text: Jaccard");
		assertThat(candidate(candidates, similar)).containsEntry("mergeable", true);
		assertThat(api.get("rpt", "/api/recommendations/" + mine + "/duplicates").status()).isEqualTo(403);
	}

	@Test
	@SuppressWarnings("unchecked")
	void priorityShowsEachPartAndAnOverrideNeedsAReason() throws Exception {
		RuleInfo major = rules.current()
			.domains()
			.stream()
			.flatMap(d -> rules.current().catalogue(d).stream())
			.filter(r -> "MAJOR".equals(r.severity()) && r.id() != null && !"U".equals(r.status()))
			.findFirst()
			.orElseThrow();
		long id = create("priority parts", "Text about a priority", major.id(), "PRIO-SITE-1 door", "PRIO-F1");
		Map<String, Object> score = api.get("officer",
				"/api/recommendations/" + id + "/priority?targetGroups=PERSONS_WITH_DISABILITIES").body();
		List<Map<String, Object>> parts = (List<Map<String, Object>>) score.get("parts");
		assertThat(parts).extracting(p -> p.get("name"), p -> ((Number) p.get("value")).doubleValue())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("severity", 3.0),
					org.assertj.core.groups.Tuple.tuple("reach", 1.0),
					org.assertj.core.groups.Tuple.tuple("vulnerability", 0.5),
					org.assertj.core.groups.Tuple.tuple("urgency", 0.0));
		assertThat(parts.get(0).get("explanation").toString()).contains(major.id(), "MAJOR");
		assertThat(parts.get(0)).containsKeys("source", "status");
		assertThat(score).containsEntry("score", 4.5).containsEntry("level", "P3");

		LifecycleApi.Answer refused = api.transition("officer", id, "triage",
				triage(List.of("ACCESSIBILITY"), List.of("PERSONS_WITH_DISABILITIES"), "P1"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.raw()).contains("\"field\":\"priorityReason\"", "computed P3");
		LifecycleApi.Answer computed = api.transition("officer", id, "triage",
				triage(List.of("ACCESSIBILITY"), List.of("PERSONS_WITH_DISABILITIES"), null));
		assertThat(computed.get("priority")).isEqualTo("P3");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aMergedDuplicatesFindingsMoveToTheSurvivorAndCountForItsReach() throws Exception {
		long survivor = create("merge survivor", "Survivor text", "REP-1", "REP-SITE ramp", "REP-F1");
		long older = create("merge older", "Older text", "REP-1", "REP-SITE ramp", "REP-F0");
		api.transition("officer", older, "merge", Map.of("survivorId", survivor, "reason", "same site"));
		Map<String, Object> score = api.get("officer", "/api/recommendations/" + survivor + "/priority").body();
		List<Map<String, Object>> parts = (List<Map<String, Object>>) score.get("parts");
		assertThat(parts).extracting(p -> p.get("name")).containsExactly("severity", "reach", "vulnerability",
				"urgency");
		assertThat(parts.get(1)).as("two findings from two surveys").containsEntry("value", 2.0);
		assertThat(parts.get(3)).as("a merge is no urgency").containsEntry("value", 0.0);
		assertThat((List<?>) api.get("officer", "/api/recommendations/" + survivor).get("findings")).hasSize(2);
		api.transition("lead", older, "reopen", Map.of("reason", "another site after all"));
		assertThat((List<?>) api.get("officer", "/api/recommendations/" + survivor).get("findings")).hasSize(1);
	}

	@Test
	void theOverrideAndItsReasonAreKept() throws Exception {
		long id = create("override kept", "Override text", "OVR-1", "OVR-SITE", "OVR-F1");
		Map<String, Object> data = new java.util.HashMap<>(triage(List.of("HOUSING"), List.of("GENERAL"), "P1"));
		data.put("priorityReason", "an election in 30 days");
		LifecycleApi.Answer triaged = api.transition("officer", id, "triage", data);
		assertThat(triaged.get("priority")).isEqualTo("P1");
		assertThat(api.get("officer", "/api/recommendations/" + id + "/priority").body())
			.containsEntry("chosen", "P1").containsEntry("priorityReason", "an election in 30 days")
			.containsEntry("level", "P3");
	}

	private static Map<String, Object> candidate(List<Map<String, Object>> candidates, long id) {
		return candidates.stream().filter(c -> ((Number) c.get("id")).longValue() == id).findFirst().orElseThrow();
	}

	static Map<String, Object> triage(List<String> themes, List<String> groups, String priority) {
		Map<String, Object> data = new java.util.HashMap<>(Map.of("themes", themes, "targetGroups", groups,
				"proposedAddressees", List.of("BUKGU"), "deadlineRuleId", "GJ-COMMITTEE-90"));
		if (priority != null) {
			data.put("priority", priority);
		}
		return data;
	}

	long create(String title, String text, String ruleId, String locator, String findingId) throws Exception {
		String body = json.writeValueAsString(Map.of("title", title, "text", text, "findings", List.of(Map.of(
				"sourceType", "SURVEY", "sourceId", "S-" + findingId, "findingId", findingId, "ruleId", ruleId,
				"locator", locator))));
		String answer = mvc.perform(post("/api/recommendations").with(user("officer").roles("BUREAU_OFFICER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn().getResponse().getContentAsString();
		return ((Number) json.readValue(answer, Map.class).get("id")).longValue();
	}

}
