package org.hria.recommendation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the recommendation API as a given user and reads the JSON answer. Users: "officer"
 * (BUREAU_OFFICER), "lead" (BUREAU_LEAD), "secretary" (COMMITTEE_SECRETARY), "bukgu" and "nec"
 * (ADDRESSEE_CONTACT of BUKGU and GJ-NEC), "inspector" (INSPECTOR), "auditor" (AUDITOR).
 */
class LifecycleApi {

	private static final Map<String, String> ROLES = Map.of("officer", "BUREAU_OFFICER", "lead", "BUREAU_LEAD",
			"secretary", "COMMITTEE_SECRETARY", "bukgu", "ADDRESSEE_CONTACT", "nec", "ADDRESSEE_CONTACT", "seogu",
			"ADDRESSEE_CONTACT", "inspector", "INSPECTOR", "auditor", "AUDITOR", "member", "COMMITTEE_MEMBER", "rpt", "ADDRESSEE_CONTACT");

	/** Contacts of the report fixtures' own addressees (one per fixture, see ReportFixture). */
	private static final Map<String, String> FIXTURE_CONTACTS = Map.of("flw", "ADDRESSEE_CONTACT", "flt",
			"ADDRESSEE_CONTACT");

	private final MockMvc mvc;

	private final JsonMapper json;

	LifecycleApi(MockMvc mvc, JsonMapper json, Organisations organisations) {
		this.mvc = mvc;
		this.json = json;
		organisations.save("BUKGU", "Buk-gu District Office", "DISTRICT_OFFICE");
		organisations.save("GJ-NEC", "Gwangju Election Commission", "EXTERNAL");
		organisations.save("SEOGU", "Seo-gu District Office", "DISTRICT_OFFICE");
		organisations.addMember("bukgu", "BUKGU");
		organisations.addMember("nec", "GJ-NEC");
		organisations.addMember("seogu", "SEOGU");
		for (String code : List.of("RPT-A", "RPT-B", "RPT-C", "RPT-D")) {
			organisations.save(code, "Report test office " + code, "DEPARTMENT");
			organisations.addMember("rpt", code);
		}
	}

	record Answer(int status, Map<String, Object> body, String raw) {

		Object get(String key) {
			return body.get(key);
		}

		long id() {
			return ((Number) body.get("id")).longValue();
		}

		long version() {
			return ((Number) body.get("version")).longValue();
		}

	}

	Answer create(String who, String title, String ruleId) throws Exception {
		String body = json.writeValueAsString(Map.of("title", title, "text", "Text of " + title, "findings",
				List.of(Map.of("sourceType", "SURVEY", "sourceId", "S-2027-0110", "findingId", "F-" + title.hashCode(),
						"ruleId", ruleId, "locator", "PS-GJ-017 main entrance; ramp.slope 0.125 (required <= 0.083)"))));
		return call(post("/api/recommendations"), who, body);
	}

	/** A recommendation from findings that a source looks up by id ({@code SUR-...}, {@code ORD-...}, {@code CORP-...}). */
	Answer createFrom(String who, String title, List<String> findingIds) throws Exception {
		return call(post("/api/recommendations"), who,
				json.writeValueAsString(Map.of("title", title, "text", "Text of " + title, "findingIds", findingIds)));
	}

	/** Uploads a polling-station survey (CSV, profile kr) as the inspector; answers the stored survey. */
	@SuppressWarnings("unchecked")
	Answer uploadSurvey(String csv) throws Exception {
		MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.multipart("/api/surveys")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "survey.csv", "text/csv",
					csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.param("kind", "POLLING_STATION")
			.param("profile", "kr")
			.with(user("inspector").roles("INSPECTOR"))
			.with(csrf())).andReturn().getResponse();
		String raw = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return new Answer(response.getStatus(), json.readValue(raw, Map.class), raw);
	}

	/** One polling station measured as in the survey tests: only the door width and the threshold vary. */
	static String station(String id, String door, String thresholdCm) {
		String row = id + ",Station " + id + ",";
		return "facility_id,facility_name,criterion,value,unit,note\n" + row + "entrance.step_free,yes,,\n" + row
				+ "entrance.door_clear_width," + door + ",mm,\n" + row + "entrance.threshold," + thresholdCm + ",cm,\n"
				+ row + "route.width,1.5,m,\n" + row + "route.tactile_paving,yes,,\n" + row + "service.floor,1,,\n"
				+ row + "parking.total_spaces,0,,\n" + row + "voting.accessible_booth,yes,,\n" + row
				+ "voting.assistance_staff,yes,,\n" + row + "voting.turning_space,1.5,m,\n";
	}

	/** The prefixed id of the first finding of a stored survey with this rule. */
	@SuppressWarnings("unchecked")
	static String surveyFinding(Answer survey, String ruleId) {
		for (Map<String, Object> facility : (List<Map<String, Object>>) survey.get("facilities")) {
			for (Map<String, Object> finding : (List<Map<String, Object>>) facility.get("findings")) {
				if (ruleId.equals(finding.get("ruleId"))) {
					return (String) finding.get("findingId");
				}
			}
		}
		throw new AssertionError("no " + ruleId + " finding in " + survey.raw());
	}

	Answer transition(String who, long id, String action, Map<String, Object> data) throws Exception {
		return transition(who, id, action, data, null);
	}

	Answer transition(String who, long id, String action, Map<String, Object> data, String ifMatch) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/recommendations/" + id + "/transitions");
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return call(request, who, json.writeValueAsString(Map.of("action", action, "data", data)));
	}

	Answer onAssignment(String who, long assignmentId, String action, Map<String, Object> data) throws Exception {
		return call(post("/api/assignments/" + assignmentId + "/transitions"), who,
				json.writeValueAsString(Map.of("action", action, "data", data)));
	}

	private String meetingId;

	/** Per meeting id: the member to recuse and the 17 members present (spec section 6). */
	private final Map<String, Long> recusedMembers = new java.util.HashMap<>();

	private final Map<String, List<Long>> presentMembers = new java.util.HashMap<>();

	/** A planned meeting of a new 20-member committee (quorum 11); the same one for this helper's life. */
	String meetingId() throws Exception {
		if (meetingId == null) {
			meetingId = newMeeting("2027-03-10");
		}
		return meetingId;
	}

	/** Another planned meeting of a new 20-member committee; its id as the lifecycle's meetingId. */
	@SuppressWarnings("unchecked")
	String newMeeting(String date) throws Exception {
		List<Map<String, Object>> members = new java.util.ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			members.add(Map.of("name", "member-" + i, "role", i == 1 ? "CHAIR" : "MEMBER", "termStart", "2020-01-01",
					"termEnd", "2030-12-31"));
		}
		Answer committee = call(post("/api/committees"), "secretary",
				json.writeValueAsString(Map.of("name", "인권증진시민위원회", "members", members)));
		Answer meeting = call(post("/api/meetings"), "secretary",
				json.writeValueAsString(Map.of("committeeId", committee.id(), "date", date, "place", "City hall")));
		String id = String.valueOf(meeting.id());
		recusedMembers.put(id,
				((Number) ((List<Map<String, Object>>) committee.get("members")).get(6).get("id")).longValue());
		presentMembers.put(id, ((List<Map<String, Object>>) committee.get("members")).subList(0, 17)
			.stream()
			.map(m -> ((Number) m.get("id")).longValue())
			.toList());
		return id;
	}

	Answer postJson(String who, String path, Map<String, Object> body) throws Exception {
		return call(post(path), who, json.writeValueAsString(body));
	}

	Answer get(String who, String path) throws Exception {
		return call(MockMvcRequestBuilders.get(path), who, null);
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> list(String who, String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(user(who).roles(ROLES.getOrDefault(who, FIXTURE_CONTACTS.get(who)))))
			.andReturn()
			.getResponse();
		return json.readValue(response.getContentAsString(), List.class);
	}

	@SuppressWarnings("unchecked")
	private Answer call(MockHttpServletRequestBuilder request, String who, String body) throws Exception {
		request.with(user(who).roles(ROLES.getOrDefault(who, FIXTURE_CONTACTS.get(who)))).with(csrf());
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		String raw = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		Map<String, Object> parsed = raw.startsWith("{") ? json.readValue(raw, Map.class) : Map.of();
		return new Answer(response.getStatus(), parsed, raw);
	}

	/** A recommendation carried to ROUTED with BUKGU as lead and GJ-NEC supporting; returns its id. */
	long routed(String title) throws Exception {
		return routed(create("officer", title, "KR-BF-11-slope").id());
	}

	/** Carries a DRAFT to ROUTED with BUKGU as lead and GJ-NEC supporting. */
	long routed(long id) throws Exception {
		transition("officer", id, "triage", Map.of("themes", List.of("ACCESSIBILITY", "RIGHT_TO_VOTE"), "targetGroups",
				List.of("PERSONS_WITH_DISABILITIES", "OLDER_PERSONS"), "priority", "P1", "priorityReason",
				"about 11,000 voters use the site", "proposedAddressees",
				List.of("BUKGU", "GJ-NEC"), "deadlineRuleId", "GJ-COMMITTEE-90"));
		transition("officer", id, "schedule", Map.of("meetingId", meetingId()));
		transition("secretary", id, "adopt", adoption());
		transition("officer", id, "route", Map.of("assignments", List.of(
				Map.of("organisation", "BUKGU", "role", "LEAD", "dispatchDate", "2027-03-12", "documentNo", "인권-1234"),
				Map.of("organisation", "GJ-NEC", "role", "SUPPORTING", "dispatchDate", "2027-03-12", "documentNo",
						"인권-1235"))));
		return id;
	}

	/** A recommendation adopted on {@code decisionDate} and routed to each organisation (the first leads). */
	Answer routedTo(String title, String decisionDate, List<String> organisations) throws Exception {
		long id = create("officer", title, "KR-BF-11-slope").id();
		transition("officer", id, "triage", Map.of("themes", List.of("ACCESSIBILITY"), "targetGroups",
				List.of("GENERAL"), "priority", "P2", "priorityReason", "report test", "proposedAddressees", organisations, "deadlineRuleId",
				"GJ-COMMITTEE-90"));
		transition("officer", id, "schedule", Map.of("meetingId", meetingId()));
		Map<String, Object> adoption = new java.util.HashMap<>(adoption());
		adoption.put("decisionDate", decisionDate);
		adoption.put("addressees", organisations);
		transition("secretary", id, "adopt", adoption);
		List<Map<String, Object>> assignments = new java.util.ArrayList<>();
		for (String organisation : organisations) {
			assignments.add(Map.of("organisation", organisation, "role", assignments.isEmpty() ? "LEAD" : "SUPPORTING",
					"dispatchDate", decisionDate, "documentNo", "D-" + organisation));
		}
		return transition("officer", id, "route", Map.of("assignments", assignments));
	}

	/** The adoption of spec section 6 on {@link #meetingId()}: 17 named present, 15-0-1, one recusal. */
	Map<String, Object> adoption() throws Exception {
		return adoption(meetingId());
	}

	/** The adoption of spec section 6 on a meeting made by {@link #newMeeting(String)}. */
	Map<String, Object> adoption(String meeting) {
		return Map.of("meetingId", meeting, "decisionDate", "2027-03-10", "votesFor", 15, "votesAgainst", 0,
				"abstentions", 1, "membersPresent", presentMembers.get(meeting), "recusals",
				List.of(Map.of("memberId", recusedMembers.get(meeting), "reason", "employed by Buk-gu")),
				"adoptedText", "Make the entrance usable before the next election day", "addressees",
				List.of("BUKGU", "GJ-NEC"));
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> assignments(Answer recommendation) {
		return (List<Map<String, Object>>) recommendation.get("assignments");
	}

	static long assignmentOf(Answer recommendation, String organisation) {
		return assignments(recommendation).stream()
			.filter(a -> organisation.equals(a.get("organisation")))
			.map(a -> ((Number) a.get("id")).longValue())
			.findFirst()
			.orElseThrow();
	}

}
