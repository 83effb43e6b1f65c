package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two adopted recommendations on two new meetings, with addressees of their own ({@code <prefix>-A},
 * {@code <prefix>-B}) so each test class counts only what it made:
 * <ul>
 * <li>R1 (facility finding; ACCESSIBILITY + RIGHT_TO_VOTE; PERSONS_WITH_DISABILITIES; SDG 10.2, 11.7; P1;
 * meeting M1 (planned for 2027; decided 2035-03-10): A dispatched 2035-03-12, ACCEPTED 2035-04-01, verified 2035-05-11 (40
 * days); B dispatched 2036-01-05, PARTIALLY_ACCEPTED 2036-01-20, verified 2036-03-20 (60 days).</li>
 * <li>R2 (ordinance finding; PRIVACY; GENERAL; SDG 16.7; P3; meeting M2, decided 2035-06-01): A dispatched
 * 2035-06-02, NOT_ACCEPTED 2035-06-20.</li>
 * </ul>
 * Verification is written to the assignments directly (the verify transition needs evidence and re-checks,
 * which the scenario tests cover); the reports read only the stored dates and states.
 */
final class ReportFixture {

	final String a;

	final String b;

	final String meeting1;

	final String meeting2;

	final long r1;

	final long r2;

	private final LifecycleApi api;

	/** The addressees' contact ({@code flw} or {@code flt} in {@link LifecycleApi}). */
	private final String contact;

	ReportFixture(LifecycleApi api, Organisations organisations, JdbcTemplate jdbc, String prefix) throws Exception {
		this.api = api;
		this.contact = prefix.toLowerCase(java.util.Locale.ROOT);
		this.a = prefix + "-A";
		this.b = prefix + "-B";
		for (String code : List.of(a, b)) {
			organisations.save(code, "Report fixture office " + code, "DEPARTMENT");
			organisations.addMember(contact, code);
		}
		meeting1 = api.newMeeting("2027-03-10");
		meeting2 = api.newMeeting("2027-06-01");
		r1 = adopted(created(api.create("officer", prefix + " facility recommendation", "KR-BF-11-slope")),
				List.of("ACCESSIBILITY", "RIGHT_TO_VOTE"), List.of("PERSONS_WITH_DISABILITIES"),
				List.of("10.2", "11.7"), "P1", meeting1, "2035-03-10", List.of(a, b));
		r2 = adopted(created(api.postJson("officer", "/api/recommendations", Map.of("title", prefix + " ordinance "
				+ "recommendation", "text", "Amend article 5", "findings", List.of(Map.of("sourceType", "ORDINANCE",
						"sourceId", prefix + "-ORD-1", "findingId", prefix + "-ORD-F1", "ruleId", "ORD-DISC-001",
						"locator", "제5조 이용 대상"))))),
				List.of("PRIVACY"), List.of("GENERAL"), List.of("16.7"), "P3", meeting2, "2035-06-01", List.of(a));
		Map<String, Long> one = assignments(r1);
		Map<String, Long> two = assignments(r2);
		respond(one.get(a), "2035-03-15", "2035-04-01", "ACCEPTED");
		respond(one.get(b), "2036-01-06", "2036-01-20", "PARTIALLY_ACCEPTED");
		respond(two.get(a), "2035-06-05", "2035-06-20", "NOT_ACCEPTED");
		verified(jdbc, one.get(a), "2035-05-11");
		verified(jdbc, one.get(b), "2036-03-20");
	}

	private static void verified(JdbcTemplate jdbc, long assignment, String date) {
		jdbc.update("update measure set status = 'DONE', percent = 100, done_at = cast(? as date) where assignment_id = ?",
				date, assignment);
		jdbc.update("update assignment set state = 'VERIFIED', implemented_at = cast(? as date), verified_at = "
				+ "cast(? as date) where id = ?", date, date, assignment);
	}

	private static void ok(LifecycleApi.Answer answer) {
		assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
	}

	private static long created(LifecycleApi.Answer answer) {
		assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
		return answer.id();
	}

	private long adopted(long id, List<String> themes, List<String> groups, List<String> sdg, String priority,
			String meeting, String date, List<String> addressees) throws Exception {
		ok(api.transition("officer", id, "triage", Map.of("themes", themes, "targetGroups", groups,
				"sdgTargets", sdg, "priority", priority, "priorityReason", "report fixture", "proposedAddressees",
				addressees, "deadlineRuleId", "GJ-COMMITTEE-90")));
		ok(api.transition("officer", id, "schedule", Map.of("meetingId", meeting)));
		Map<String, Object> adoption = new HashMap<>(api.adoption(meeting));
		adoption.put("decisionDate", date);
		adoption.put("addressees", addressees);
		adoption.put("recusals", List.of());
		ok(api.transition("secretary", id, "adopt", adoption));
		List<Map<String, Object>> routed = new java.util.ArrayList<>();
		for (String organisation : addressees) {
			routed.add(Map.of("organisation", organisation, "role", routed.isEmpty() ? "LEAD" : "SUPPORTING",
					"dispatchDate", organisation.equals(b) ? "2036-01-05" : nextDay(date), "documentNo",
					"D-" + organisation + "-" + id));
		}
		ok(api.transition("officer", id, "route", Map.of("assignments", routed)));
		return id;
	}

	private static String nextDay(String date) {
		return java.time.LocalDate.parse(date).plusDays(date.endsWith("03-10") ? 2 : 1).toString();
	}

	private Map<String, Long> assignments(long id) throws Exception {
		Map<String, Long> byOrganisation = new HashMap<>();
		LifecycleApi.assignments(api.get("officer", "/api/recommendations/" + id))
			.forEach(x -> byOrganisation.put((String) x.get("organisation"), ((Number) x.get("id")).longValue()));
		return byOrganisation;
	}

	private void respond(long assignment, String received, String responded, String decision) throws Exception {
		ok(api.onAssignment(contact, assignment, "acknowledge", Map.of("receivedDate", received)));
		Map<String, Object> data = new HashMap<>();
		data.put("decision", decision);
		data.put("respondedDate", responded);
		if (!decision.equals("ACCEPTED")) {
			data.put("reasonCodes", List.of("BUDGET"));
			data.put("reason", "budget");
			data.put("acceptedParts", "part one");
		}
		if (!decision.equals("NOT_ACCEPTED")) {
			data.put("measures", List.of(Map.of("description", "m", "kind", "PERMANENT", "responsibleUnit", "u",
					"targetDate", "2036-06-30")));
		}
		ok(api.onAssignment(contact, assignment, "respond", data));
	}

}
