package org.hria.recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/** Creates one assignment per addressee (exactly one LEAD) and stamps due dates from the rules. */
@Component
class Routing {

	private final AssignmentRepository assignments;

	private final Organisations organisations;

	private final Deadlines deadlines;

	Routing(AssignmentRepository assignments, Organisations organisations, Deadlines deadlines) {
		this.assignments = assignments;
		this.organisations = organisations;
		this.deadlines = deadlines;
	}

	void route(Recommendation rec, TransitionData data) {
		List<Map<String, Object>> items = data.objects("assignments");
		List<Map<String, String>> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int leads = 0;
		for (int i = 0; i < items.size(); i++) {
			TransitionData item = new TransitionData(items.get(i));
			String prefix = "assignments[" + i + "].";
			item.check(List.of(FieldSpec.required("organisation", FieldSpec.Kind.TEXT),
					FieldSpec.code("role", true, "LEAD", "SUPPORTING"),
					FieldSpec.required("dispatchDate", FieldSpec.Kind.DATE),
					FieldSpec.required("documentNo", FieldSpec.Kind.TEXT)))
				.forEach(e -> errors.add(TransitionData.error(prefix + e.get("field"), e.get("code"),
						e.get("message").substring(e.get("field").length() + 1))));
			String organisation = item.text("organisation");
			if (organisation != null && !organisations.exists(organisation)) {
				errors.add(TransitionData.error(prefix + "organisation", "unknown", "is not a known organisation"));
			}
			if (organisation != null && !seen.add(organisation)) {
				errors.add(TransitionData.error(prefix + "organisation", "duplicate", "is routed twice"));
			}
			leads += "LEAD".equals(item.text("role")) ? 1 : 0;
		}
		if (leads != 1) {
			errors.add(TransitionData.error("assignments", "one-lead", "must name exactly one LEAD addressee"));
		}
		if (!errors.isEmpty()) {
			throw LifecycleProblem.invalid(errors);
		}
		for (Map<String, Object> values : items) {
			TransitionData item = new TransitionData(values);
			Assignment assignment = new Assignment(rec.id, item.text("organisation"), "LEAD".equals(item.text("role")),
					item.date("dispatchDate"), item.text("documentNo"));
			assignment.deadlineRuleId = item.has("deadlineRuleId") ? item.text("deadlineRuleId") : rec.deadlineRuleId;
			stampDue(assignment, assignment.dispatchedAt);
			assignments.save(assignment);
		}
	}

	/**
	 * Computes the response due date from {@code start} (dispatch until receipt is confirmed, then
	 * receipt) and records the rule and calendar versions it came from.
	 */
	void stampDue(Assignment assignment, LocalDate start) {
		DeadlineRule rule = deadlines.rule(assignment.deadlineRuleId)
			.orElseThrow(() -> LifecycleProblem.invalid("deadlineRuleId", "unknown",
					"'" + assignment.deadlineRuleId + "' is not a rule of rules/recommendations/deadlines.csv"));
		Deadlines.Calendar calendar = deadlines.calendar();
		assignment.responseDueAt = calendar.due(start, rule.duration(), rule.unit(), rule);
		assignment.deadlineRuleVersion = rule.version();
		assignment.calendarVersion = calendar.version();
	}

	void closeAll(Recommendation rec, String outcome) {
		for (Assignment assignment : assignments.findByRecommendationIdOrderById(rec.id)) {
			if (assignment.state != State.CLOSED) {
				assignment.state = State.CLOSED;
				assignment.outcome = outcome;
				assignment.closedAt = Clocks.today();
			}
		}
	}

}
