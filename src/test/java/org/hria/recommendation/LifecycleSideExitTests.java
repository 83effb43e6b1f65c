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

/** The side exits and reopening actions of spec 1.2: defer, reject, resubmit, reopen, withdraw, returns. */
@SpringBootTest
@AutoConfigureMockMvc
class LifecycleSideExitTests {

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
	void aRejectedRecommendationIsResubmittedAsANewLinkedDraft() throws Exception {
		long id = onAgenda("rejected");
		assertThat(api.transition("secretary", id, "defer", Map.of("meetingId", api.meetingId(), "reason",
				"no quorum")).get("state")).isEqualTo("TRIAGED");
		String next = api.newMeeting("2027-06-01");
		api.transition("officer", id, "schedule", Map.of("meetingId", next));
		assertThat(api.transition("secretary", id, "reject", Map.of("meetingId", next, "decisionDate", "2027-06-01",
				"votesFor", 3, "votesAgainst", 10, "abstentions", 1)).raw()).contains("\"field\":\"reason\"");
		api.transition("secretary", id, "reject", Map.of("meetingId", next, "decisionDate", "2027-06-01", "votesFor",
				3, "votesAgainst", 10, "abstentions", 1, "reason", "needs a hearing first"));
		LifecycleApi.Answer resubmitted = api.transition("officer", id, "resubmit", Map.of());
		assertThat(resubmitted.get("state")).isEqualTo("REJECTED");
		long fresh = ((Number) resubmitted.get("createdRecommendationId")).longValue();
		LifecycleApi.Answer draft = api.get("officer", "/api/recommendations/" + fresh);
		assertThat(draft.get("state")).isEqualTo("DRAFT");
		assertThat(((Number) draft.get("supersedes")).longValue()).isEqualTo(id);
		assertThat((List<?>) draft.get("findings")).hasSize(1);
	}

	@Test
	void reopeningAMergedRecordTakesItsFindingsBack() throws Exception {
		long survivor = api.create("officer", "survivor", "R-10").id();
		long merged = api.create("officer", "merged", "R-11").id();
		api.transition("officer", merged, "merge", Map.of("survivorId", survivor));
		assertThat((List<?>) api.get("officer", "/api/recommendations/" + survivor).get("findings")).hasSize(2);
		assertThat(api.transition("officer", merged, "reopen", Map.of("reason", "different site")).status())
			.isEqualTo(403);
		assertThat(api.transition("lead", merged, "reopen", Map.of("reason", "different site")).get("state"))
			.isEqualTo("DRAFT");
		assertThat((List<?>) api.get("officer", "/api/recommendations/" + survivor).get("findings")).hasSize(1);
		assertThat((List<?>) api.get("officer", "/api/recommendations/" + merged).get("findings")).hasSize(1);
	}

	@Test
	void aRecordCannotBeMergedIntoItselfOrIntoARecordAlreadyOnTheAgenda() throws Exception {
		long id = api.create("officer", "self merge", "R-12").id();
		assertThat(api.transition("officer", id, "merge", Map.of("survivorId", id)).raw()).contains("not-mergeable");
		long scheduled = onAgenda("scheduled survivor");
		assertThat(api.transition("officer", id, "merge", Map.of("survivorId", scheduled)).status()).isEqualTo(400);
	}

	@Test
	void withdrawingARoutedRecommendationClosesEveryOpenAssignment() throws Exception {
		long id = api.routed("withdrawn");
		LifecycleApi.Answer withdrawn = api.transition("lead", id, "withdraw",
				Map.of("meetingId", api.meetingId(), "reason", "facility closed"));
		assertThat(withdrawn.get("state")).isEqualTo("CLOSED");
		assertThat(LifecycleApi.assignments(withdrawn)).allSatisfy(a -> {
			assertThat(a.get("state")).isEqualTo("CLOSED");
			assertThat(a.get("outcome")).isEqualTo("WITHDRAWN");
		});
		assertThat(api.transition("lead", id, "withdraw", Map.of("meetingId", api.meetingId(), "reason", "again")).status())
			.isEqualTo(409);
	}

	@Test
	void aReturnedResponseKeepsItsClockAndANotAcceptedOneIsClosedAfterTheCommitteeNotedIt() throws Exception {
		long id = api.routed("not accepted");
		long a1 = LifecycleApi.assignmentOf(api.get("officer", "/api/recommendations/" + id), "BUKGU");
		String due = (String) api.onAssignment("bukgu", a1, "acknowledge", Map.of("receivedDate", "2027-03-15"))
			.get("responseDueAt");
		Map<String, Object> refusal = Map.of("decision", "NOT_ACCEPTED", "reasonCodes", List.of("OUTSIDE_COMPETENCE"),
				"reason", "the election commission decides");
		api.onAssignment("bukgu", a1, "respond", refusal);
		LifecycleApi.Answer returned = api.onAssignment("officer", a1, "return_response",
				Map.of("reason", "say which law"));
		assertThat(returned.get("state")).isEqualTo("RESPONSE_DUE");
		assertThat(returned.get("responseDueAt")).isEqualTo(due);
		api.onAssignment("bukgu", a1, "respond", refusal);
		assertThat(api.onAssignment("officer", a1, "start_implementation", Map.of("reviewNote", "x")).status())
			.isEqualTo(409);
		assertThat(api.onAssignment("lead", a1, "close_not_accepted",
				Map.of("meetingId", api.meetingId(), "outcome", "REITERATED_AND_PUBLISHED")).raw())
			.contains("publicationDate");
		assertThat(api.onAssignment("lead", a1, "close_not_accepted", Map.of("meetingId", api.meetingId(), "outcome",
				"REITERATED_AND_PUBLISHED", "publicationDate", "2027-09-01")).get("state")).isEqualTo("CLOSED");
	}

	@Test
	void withdrawNeedsAMeetingTheCommitteeKnows() throws Exception {
		long id = api.routed("withdraw unknown meeting");
		LifecycleApi.Answer freeText = api.transition("lead", id, "withdraw",
				Map.of("meetingId", "M-3", "reason", "facility closed"));
		assertThat(freeText.status()).isEqualTo(400);
		assertThat(freeText.raw()).contains("\"field\":\"meetingId\"", "must be an id");
		LifecycleApi.Answer unknown = api.transition("lead", id, "withdraw",
				Map.of("meetingId", "987654321", "reason", "facility closed"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.raw()).contains("\"field\":\"meetingId\"", "\"code\":\"unknown\"");
		assertThat(api.get("lead", "/api/recommendations/" + id).get("state")).isEqualTo("ROUTED");
	}

	@Test
	void closingANotAcceptedResponseNeedsAMeetingTheCommitteeKnows() throws Exception {
		long id = api.routed("close unknown meeting");
		long a1 = LifecycleApi.assignmentOf(api.get("officer", "/api/recommendations/" + id), "BUKGU");
		api.onAssignment("bukgu", a1, "acknowledge", Map.of("receivedDate", "2027-03-15"));
		api.onAssignment("bukgu", a1, "respond", Map.of("decision", "NOT_ACCEPTED", "reasonCodes",
				List.of("BUDGET"), "reason", "no budget"));
		Map<String, Object> noted = Map.of("outcome", "REASONS_ACCEPTED");
		LifecycleApi.Answer freeText = api.onAssignment("lead", a1, "close_not_accepted",
				with(noted, "meetingId", "M-4"));
		assertThat(freeText.status()).isEqualTo(400);
		assertThat(freeText.raw()).contains("\"field\":\"meetingId\"");
		LifecycleApi.Answer unknown = api.onAssignment("lead", a1, "close_not_accepted",
				with(noted, "meetingId", 987654321));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.raw()).contains("\"field\":\"meetingId\"", "\"code\":\"unknown\"");
		assertThat(api.onAssignment("lead", a1, "close_not_accepted", with(noted, "meetingId", api.meetingId()))
			.get("state")).isEqualTo("CLOSED");
	}

	private static Map<String, Object> with(Map<String, Object> data, String key, Object value) {
		Map<String, Object> all = new java.util.HashMap<>(data);
		all.put(key, value);
		return all;
	}

	@Test
	@SuppressWarnings("unchecked")
	void implementationCannotBeDeclaredWithAnOpenMeasureOrWithoutEvidence() throws Exception {
		long id = api.routed("declare");
		long a1 = LifecycleApi.assignmentOf(api.get("officer", "/api/recommendations/" + id), "BUKGU");
		api.onAssignment("bukgu", a1, "acknowledge", Map.of("receivedDate", "2027-03-15"));
		LifecycleApi.Answer responded = api.onAssignment("bukgu", a1, "respond", Map.of("decision", "ACCEPTED",
				"measures", List.of(Map.of("description", "ramp", "kind", "PERMANENT", "responsibleUnit", "u",
						"targetDate", "2027-12-31"))));
		long measure = ((Number) ((List<Map<String, Object>>) responded.get("measures")).get(0).get("id")).longValue();
		api.onAssignment("officer", a1, "start_implementation", Map.of("reviewNote", "ok"));
		assertThat(api.onAssignment("bukgu", a1, "declare_implemented", Map.of()).raw()).contains("still PLANNED");
		api.onAssignment("bukgu", a1, "report_progress", Map.of("measureId", measure, "text", "built", "percent", 100));
		assertThat(api.onAssignment("bukgu", a1, "declare_implemented", Map.of()).raw())
			.contains("\"field\":\"evidence\"");
	}

	private long onAgenda(String title) throws Exception {
		long id = api.create("officer", title, "R-9").id();
		api.transition("officer", id, "triage", Map.of("themes", List.of("ACCESSIBILITY"), "targetGroups",
				List.of("GENERAL"), "priority", "P3", "proposedAddressees", List.of("BUKGU"), "deadlineRuleId",
				"GJ-COMMITTEE-90"));
		api.transition("officer", id, "schedule", Map.of("meetingId", api.meetingId()));
		return id;
	}

}
