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

/** The worked example of spec section 6, through the API, from DRAFT to CLOSED. */
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
		LifecycleApi.Answer created = api.create("officer", "Make the entrance of PS-GJ-017 usable", "KR-BF-11-slope");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.get("state")).isEqualTo("DRAFT");
		long id = created.id();
		long older = api.create("officer", "PS-GJ-017 ramp (2026 monitoring)", "KR-BF-11-slope").id();
		assertThat(api.transition("officer", older, "merge", Map.of("survivorId", id, "reason", "same site and rule"))
			.get("state")).isEqualTo("MERGED");
		assertThat((List<?>) api.get("officer", "/api/recommendations/" + id).get("findings")).hasSize(2);

		assertThat(api.transition("officer", id, "triage", Map.of("themes", List.of("ACCESSIBILITY", "RIGHT_TO_VOTE"),
				"targetGroups", List.of("PERSONS_WITH_DISABILITIES", "OLDER_PERSONS"), "priority", "P1",
				"priorityReason", "reach 3: about 11,000 registered voters", "proposedAddressees",
				List.of("BUKGU", "GJ-NEC"), "deadlineRuleId", "GJ-COMMITTEE-90"))
			.get("state")).isEqualTo("TRIAGED");
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
		LifecycleApi.Answer incomplete = api.onAssignment("officer", a1, "verify", Map.of("method", "RESURVEY",
				"result", "PASS", "evidence", List.of(Map.of("type", "RESURVEY", "uri", "survey://S-2028-0502"))));
		assertThat(incomplete.status()).isEqualTo(400);
		assertThat(incomplete.raw()).contains("rulesRechecked");
		assertThat(api.onAssignment("officer", a1, "verify", Map.of("method", "RESURVEY", "result", "PASS",
				"rulesRechecked", List.of("KR-BF-11-slope"), "evidence",
				List.of(Map.of("type", "RESURVEY", "uri", "survey://S-2028-0502")))).get("state")).isEqualTo("VERIFIED");
		api.onAssignment("officer", a1, "close", Map.of("outcome", "IMPLEMENTED_VERIFIED", "note", "ramp 1:14"));

		assertThat(api.get("officer", "/api/recommendations/" + id).get("state")).isEqualTo("CLOSED");
		assertThat(api.list("officer", "/api/recommendations/" + id + "/history")).extracting(e -> e.get("action"))
			.containsSubsequence("create", "triage", "schedule", "adopt", "route", "acknowledge", "extend", "respond",
					"start_implementation", "report_progress", "declare_implemented", "verify", "close");
		assertThat(api.get("auditor", "/api/audit/verify").get("valid")).isEqualTo(true);
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
