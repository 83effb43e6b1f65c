package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The worked example of spec section 6, through the API, from DRAFT to CLOSED: the recommendation
 * is created from a real polling-station survey finding and verified by a real re-survey.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecommendationScenarioTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private Organisations organisations;

	private LifecycleApi api;

	@BeforeEach
	void setUp() {
		api = new LifecycleApi(mvc, json, organisations);
	}

	@Test
	void pollingStationRecommendationGoesFromDraftToClosedWithTwoAddressees() throws Exception {
		String station = "PS-GJ-017-" + System.nanoTime();
		String previous = LifecycleApi.surveyFinding(api.uploadSurvey(LifecycleApi.station(station, "1000", "3")),
				"KR-THRESHOLD");
		LifecycleApi.Answer survey = api.uploadSurvey(LifecycleApi.station(station, "1000", "3"));
		assertThat(survey.status()).as(survey.raw()).isEqualTo(201);
		String finding = LifecycleApi.surveyFinding(survey, "KR-THRESHOLD");
		assertThat(finding).startsWith("SUR-");

		LifecycleApi.Answer created = api.createFrom("officer", "Make the entrance of " + station + " usable",
				List.of(finding));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		assertThat(created.get("state")).isEqualTo("DRAFT");
		assertThat(created.get("findings")).asList().singleElement().satisfies(f -> {
			Map<?, ?> ref = (Map<?, ?>) f;
			assertThat(ref.get("findingId")).isEqualTo(finding);
			assertThat(ref.get("sourceType")).isEqualTo("SURVEY");
			assertThat(ref.get("ruleId")).isEqualTo("KR-THRESHOLD");
			assertThat((String) ref.get("locator")).contains(station, "entrance.threshold", "measured 3 cm");
		});
		long id = created.id();
		long older = api.createFrom("officer", station + " threshold (2026 monitoring)", List.of(previous)).id();
		assertThat(api.transition("officer", older, "merge", Map.of("survivorId", id, "reason", "same site and rule"))
			.get("state")).isEqualTo("MERGED");
		assertThat((List<?>) api.get("officer", "/api/recommendations/" + id).get("findings")).hasSize(2);

		LifecycleApi.Answer triaged = api.transition("officer", id, "triage", Map.of("themes",
				List.of("ACCESSIBILITY", "RIGHT_TO_VOTE"), "targetGroups",
				List.of("PERSONS_WITH_DISABILITIES", "OLDER_PERSONS"), "reachPeople", 11_000, "proposedAddressees",
				List.of("BUKGU", "GJ-NEC"), "deadlineRuleId", "GJ-COMMITTEE-90"));
		assertThat(triaged.get("state")).as(triaged.raw()).isEqualTo("TRIAGED");
		assertThat(triaged.get("priority")).as("computed, no override").isEqualTo("P1");
		Map<String, Object> priority = api.get("officer", "/api/recommendations/" + id + "/priority").body();
		assertThat(priority).as("spec 6: 3 x 3 x (1 + 0.5 + 0) = 13.5 -> P1").containsEntry("score", 13.5)
			.containsEntry("level", "P1");
		assertThat((List<?>) priority.get("parts")).extracting(p -> ((Map<?, ?>) p).get("name") + "="
				+ ((Map<?, ?>) p).get("value"))
			.containsExactly("severity=3.0", "reach=3.0", "vulnerability=0.5", "urgency=0.0");
		assertThat(priority.get("parts").toString()).contains("officer's estimate: 11000 people a year");
		assertThat(api.transition("officer", id, "schedule", Map.of("meetingId", api.meetingId())).get("state"))
			.isEqualTo("ON_AGENDA");
		LifecycleApi.Answer adopted = api.transition("secretary", id, "adopt", api.adoption());
		assertThat(adopted.get("state")).isEqualTo("ADOPTED");
		assertThat(adopted.get("adoptedText")).isNotEqualTo(adopted.get("text"));

		LifecycleApi.Answer routed = api.transition("officer", id, "route", Map.of("assignments", List.of(
				Map.of("organisation", "BUKGU", "role", "LEAD", "dispatchDate", "2027-03-12", "documentNo", "인권-1234"),
				Map.of("organisation", "GJ-NEC", "role", "SUPPORTING", "dispatchDate", "2027-03-12", "documentNo",
						"인권-1235"))));
		assertThat(routed.get("state")).isEqualTo("ROUTED");
		long a1 = LifecycleApi.assignmentOf(routed, "BUKGU");
		long a2 = LifecycleApi.assignmentOf(routed, "GJ-NEC");

		LifecycleApi.Answer received = api.onAssignment("bukgu", a1, "acknowledge", Map.of("receivedDate", "2027-03-15"));
		assertThat(received.get("responseDueAt")).isEqualTo("2027-06-14");
		assertThat(received.raw()).contains("GJ-COMMITTEE-90");
		api.onAssignment("officer", a2, "acknowledge", Map.of("receivedDate", "2027-03-15"));
		assertThat(api.onAssignment("lead", a1, "extend", Map.of("newDueDate", "2027-07-14", "reason",
				"budget committee meets in July")).get("extendedDueAt")).isEqualTo("2027-07-14");

		LifecycleApi.Answer partial = api.onAssignment("bukgu", a1, "respond", Map.of("decision", "PARTIALLY_ACCEPTED",
				"reasonCodes", List.of("BUDGET"), "reason", "Rebuilding needs the 2028 budget", "acceptedParts",
				"portable ramp now; rebuilding deferred", "respondedDate", "2027-04-20", "measures",
				List.of(measure("Portable ramp <= 1:12 with handrails", "TEMPORARY", "2027-05-31"),
						measure("Rebuild the entrance ramp", "PERMANENT", "2028-06-30"))));
		assertThat(partial.get("state")).isEqualTo("RESPONDED");
		api.onAssignment("nec", a2, "respond", Map.of("decision", "ACCEPTED", "respondedDate", "2027-04-02", "measures",
				List.of(measure("Guide staff at the door on election day", "TEMPORARY", "2027-06-01"))));
		assertThat(api.get("officer", "/api/recommendations/" + id).get("state")).isEqualTo("RESPONDED");

		api.onAssignment("officer", a1, "start_implementation", Map.of("reviewNote", "plan reviewed"));
		api.onAssignment("officer", a2, "start_implementation", Map.of("reviewNote", "plan reviewed"));
		implementAll("nec", a2);
		api.onAssignment("officer", a2, "verify", Map.of("method", "DOCUMENT_REVIEW", "result", "PASS", "evidence",
				List.of(Map.of("type", "DOCUMENT", "uri", "doc://nec/staff-roster"))));
		api.onAssignment("officer", a2, "close", Map.of("outcome", "IMPLEMENTED_VERIFIED", "note", "done"));
		assertThat(api.get("officer", "/api/recommendations/" + id).get("state")).isEqualTo("IN_IMPLEMENTATION");

		implementAll("bukgu", a1);
		LifecycleApi.Answer beforeResurvey = api.onAssignment("officer", a1, "verify", resurvey());
		assertThat(beforeResurvey.status()).isEqualTo(400);
		assertThat(beforeResurvey.raw()).contains("no later survey of the facility", finding);
		LifecycleApi.Answer resurvey = api.uploadSurvey(LifecycleApi.station(station, "1000", "1"));
		LifecycleApi.Answer verified = api.onAssignment("officer", a1, "verify", resurvey());
		assertThat(verified.get("state")).as(verified.raw()).isEqualTo("VERIFIED");
		Map<String, Object> verifyEvent = api.list("officer", "/api/recommendations/" + id + "/history")
			.stream()
			.filter(e -> "verify".equals(e.get("action")) && Long.valueOf(a1).equals(((Number) e.get("assignmentId")).longValue()))
			.findFirst()
			.orElseThrow();
		assertThat((String) verifyEvent.get("after")).contains("\"rulesRechecked\":\"KR-THRESHOLD\"",
				"S-" + resurvey.id());
		api.onAssignment("officer", a1, "close", Map.of("outcome", "IMPLEMENTED_VERIFIED", "note", "ramp 1:14"));

		assertThat(api.get("officer", "/api/recommendations/" + id).get("state")).isEqualTo("CLOSED");
		assertThat(api.list("officer", "/api/recommendations/" + id + "/history")).extracting(e -> e.get("action"))
			.containsSubsequence("create", "triage", "schedule", "adopt", "route", "acknowledge", "extend", "respond",
					"start_implementation", "report_progress", "declare_implemented", "verify", "close");
		assertThat(api.get("auditor", "/api/audit/verify").get("valid")).isEqualTo(true);
	}

	@Test
	void verificationIsRefusedWhileTheResurveyStillFails() throws Exception {
		String station = "PS-GJ-018-" + System.nanoTime();
		String finding = LifecycleApi.surveyFinding(api.uploadSurvey(LifecycleApi.station(station, "1000", "3")),
				"KR-THRESHOLD");
		long a1 = implementedAssignment(api.createFrom("officer", "Threshold of " + station, List.of(finding)).id());
		long stillFailing = api.uploadSurvey(LifecycleApi.station(station, "1000", "2.5")).id();

		LifecycleApi.Answer refused = api.onAssignment("officer", a1, "verify", resurvey());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.get("stillFailingRules")).isEqualTo(List.of("KR-THRESHOLD"));
		assertThat(refused.raw()).contains(station + " entrance.threshold in survey S-" + stillFailing,
				"still 2.5 cm", "fail_verification");
		LifecycleApi.Answer failed = api.onAssignment("officer", a1, "fail_verification",
				Map.of("failingFindings", List.of(finding), "reason", "threshold still 2.5 cm"));
		assertThat(failed.get("state")).isEqualTo("IN_IMPLEMENTATION");
	}

	@Test
	void aResurveyThatLeavesTheCriterionOutDoesNotVerify() throws Exception {
		String station = "PS-GJ-019-" + System.nanoTime();
		String finding = LifecycleApi.surveyFinding(api.uploadSurvey(LifecycleApi.station(station, "1000", "3")),
				"KR-THRESHOLD");
		long a1 = implementedAssignment(api.createFrom("officer", "Threshold of " + station, List.of(finding)).id());
		api.uploadSurvey(LifecycleApi.station(station, "1000", "3").lines()
			.filter(line -> !line.contains("entrance.threshold"))
			.map(line -> line + "\n")
			.reduce("", String::concat));

		LifecycleApi.Answer refused = api.onAssignment("officer", a1, "verify", resurvey());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.raw()).contains("was not measured");
	}

	@Test
	@SuppressWarnings("unchecked")
	void ordinanceTextCheckPassesOnlyWhenTheAmendedTextNoLongerHasTheFinding() throws Exception {
		String title = "Centre ordinance " + System.nanoTime();
		LifecycleApi.Answer v1 = review(title, null, "제5조(이용 대상) 센터는 대한민국 국적을 가진 사람으로서 시에 주민등록을 둔 사람만 이용할 수 있다.");
		Map<String, Object> nationality = ((List<Map<String, Object>>) v1.get("findings")).stream()
			.filter(f -> "ORD-DISC-001".equals(f.get("ruleId")))
			.findFirst()
			.orElseThrow();
		String finding = "ORD-" + v1.id() + "-" + nationality.get("id");
		LifecycleApi.Answer created = api.createFrom("officer", "Open the centre to everyone", List.of(finding));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		assertThat(created.raw()).contains("제5조", "ORD-DISC-001", "대한민국 국적");
		long a1 = implementedAssignment(created.id());
		Map<String, Object> textCheck = Map.of("method", "ORDINANCE_TEXT_CHECK", "result", "PASS", "evidence",
				List.of(Map.of("type", "ORDINANCE_AMENDMENT", "uri", "doc://amended")));

		assertThat(api.onAssignment("officer", a1, "verify", textCheck).raw()).contains("no later version of the draft");
		LifecycleApi.Answer v2 = review(title, v1.id(), "제5조(이용 대상) 센터는 대한민국 국적을 가진 사람으로서 시에 주민등록을 둔 사람만 이용할 수 있고, 이용료는 무료로 한다.");
		LifecycleApi.Answer refused = api.onAssignment("officer", a1, "verify", textCheck);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.get("stillFailingRules")).isEqualTo(List.of("ORD-DISC-001"));
		assertThat(refused.raw()).contains("is still in 제5조");
		LifecycleApi.Answer v3 = review(title, v2.id(), "제5조(이용 대상) 센터는 누구나 이용할 수 있다.");
		assertThat((List<Map<String, Object>>) v3.get("findings")).extracting(f -> f.get("ruleId"))
			.doesNotContain("ORD-DISC-001");
		LifecycleApi.Answer verified = api.onAssignment("officer", a1, "verify", textCheck);
		assertThat(verified.get("state")).as(verified.raw()).isEqualTo("VERIFIED");
		assertThat(api.list("officer", "/api/recommendations/" + created.id() + "/history"))
			.filteredOn(e -> "verify".equals(e.get("action")))
			.singleElement()
			.satisfies(e -> assertThat((String) e.get("after")).contains("ORD-DISC-001", "review " + v3.id()));
	}

	private LifecycleApi.Answer review(String title, Long previous, String text) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("title", title, "text", text));
		if (previous != null) {
			body.put("previousReviewId", previous);
		}
		LifecycleApi.Answer answer = api.postJson("officer", "/api/ordinance-reviews", body);
		assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
		return answer;
	}

	/** Takes a new DRAFT to IMPLEMENTED for BUKGU (GJ-NEC's assignment stays behind); answers BUKGU's assignment id. */
	private long implementedAssignment(long id) throws Exception {
		api.routed(id);
		long a1 = LifecycleApi.assignmentOf(api.get("officer", "/api/recommendations/" + id), "BUKGU");
		api.onAssignment("bukgu", a1, "acknowledge", Map.of("receivedDate", "2027-03-15"));
		api.onAssignment("bukgu", a1, "respond", Map.of("decision", "ACCEPTED", "measures",
				List.of(measure("Threshold wedge", "TEMPORARY", "2027-05-31"))));
		api.onAssignment("officer", a1, "start_implementation", Map.of("reviewNote", "plan reviewed"));
		implementAll("bukgu", a1);
		return a1;
	}

	private static Map<String, Object> resurvey() {
		return Map.of("method", "RESURVEY", "result", "PASS", "evidence",
				List.of(Map.of("type", "RESURVEY", "uri", "doc://inspector-report")));
	}

	@SuppressWarnings("unchecked")
	private void implementAll(String who, long assignmentId) throws Exception {
		Map<String, Object> assignment = api.onAssignment(who, assignmentId, "add_measure", Map.of("description",
				"Sign at the door", "kind", "TEMPORARY", "responsibleUnit", "unit", "targetDate", "2027-05-31"))
			.body();
		for (Map<String, Object> measure : (List<Map<String, Object>>) assignment.get("measures")) {
			if (!"DROPPED".equals(measure.get("status"))) {
				LifecycleApi.Answer progress = api.onAssignment(who, assignmentId, "report_progress",
						Map.of("measureId", measure.get("id"), "text", "done", "percent", 100, "evidence",
								List.of(Map.of("type", "PHOTO", "uri", "photo://" + measure.get("id")))));
				assertThat(progress.status()).as(progress.raw()).isEqualTo(200);
			}
		}
		LifecycleApi.Answer declared = api.onAssignment(who, assignmentId, "declare_implemented", Map.of());
		assertThat(declared.get("state")).as(declared.raw()).isEqualTo("IMPLEMENTED");
	}

	private static Map<String, Object> measure(String description, String kind, String targetDate) {
		return Map.of("description", description, "kind", kind, "responsibleUnit", "Buk-gu facilities team",
				"targetDate", targetDate);
	}

}
