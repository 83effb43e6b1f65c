package org.hria.recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/** What each assignment-level action records and changes (spec 1.2, rows 12-22). */
@Component
class AssignmentEffects {

	static final Set<String> REASON_CODES = Set.of("BUDGET", "LEGAL_CONSTRAINT", "OUTSIDE_COMPETENCE", "ALREADY_DONE",
			"DISAGREES_WITH_FINDING", "TIMING", "OTHER");

	private final Routing routing;

	private final Deadlines deadlines;

	private final MeasureEffects measures;

	private final FindingRefRepository findings;

	AssignmentEffects(Routing routing, Deadlines deadlines, MeasureEffects measures, FindingRefRepository findings) {
		this.routing = routing;
		this.deadlines = deadlines;
		this.measures = measures;
		this.findings = findings;
	}

	void apply(Transition transition, Assignment assignment, TransitionData data) {
		switch (transition.action()) {
			case "acknowledge" -> acknowledge(assignment, data);
			case "extend" -> extend(assignment, data);
			case "respond" -> respond(assignment, data);
			case "return_response" -> assignment.decision = null;
			case "start_implementation" -> {
			}
			case "close_not_accepted" -> closeNotAccepted(assignment, data);
			case "verify" -> verify(assignment, data);
			case "fail_verification" -> assignment.verifiedAt = null;
			case "close" -> close(assignment, data.text("outcome"), data.dateOr("closedDate", Clocks.today()));
			default -> measures.apply(transition.action(), assignment, data);
		}
		assignment.state = transition.target(assignment.state);
	}

	private void acknowledge(Assignment assignment, TransitionData data) {
		LocalDate received = data.date("receivedDate");
		if (received.isBefore(assignment.dispatchedAt)) {
			throw LifecycleProblem.invalid("receivedDate", "before-dispatch",
					"is before the dispatch date " + assignment.dispatchedAt);
		}
		assignment.receivedAt = received;
		routing.stampDue(assignment, received);
	}

	private void extend(Assignment assignment, TransitionData data) {
		DeadlineRule rule = deadlines.rule(assignment.deadlineRuleId).orElseThrow();
		Deadlines.Calendar calendar = deadlines.calendar();
		LocalDate newDue = data.date("newDueDate");
		if (!newDue.isAfter(assignment.effectiveDueAt())) {
			throw LifecycleProblem.invalid("newDueDate", "not-later",
					"must be later than the current due date " + assignment.effectiveDueAt());
		}
		LocalDate max = calendar.due(assignment.responseDueAt, rule.maxExtension(), rule.unit(), rule);
		if (assignment.extensionsUsed >= rule.extensionsAllowed()) {
			throw LifecycleProblem.extensionTooLong(assignment.effectiveDueAt());
		}
		if (newDue.isAfter(max)) {
			throw LifecycleProblem.extensionTooLong(max);
		}
		assignment.extendedDueAt = newDue;
		assignment.extensionsUsed++;
	}

	private void respond(Assignment assignment, TransitionData data) {
		String decision = data.text("decision");
		List<Map<String, String>> errors = new ArrayList<>();
		if (!"ACCEPTED".equals(decision)) {
			if (data.list("reasonCodes").isEmpty()) {
				errors.add(TransitionData.error("reasonCodes", "required", "needs at least one code for " + decision));
			}
			else if (!REASON_CODES.containsAll(data.list("reasonCodes"))) {
				errors.add(TransitionData.error("reasonCodes", "invalid", "must be among " + REASON_CODES));
			}
			if (!data.has("reason")) {
				errors.add(TransitionData.error("reason", "required", "is required for " + decision));
			}
		}
		if ("PARTIALLY_ACCEPTED".equals(decision) && !data.has("acceptedParts")) {
			errors.add(TransitionData.error("acceptedParts", "required", "must say which parts are accepted"));
		}
		if (!"NOT_ACCEPTED".equals(decision)) {
			errors.addAll(measures.checkPlan(data.objects("measures")));
		}
		if (!errors.isEmpty()) {
			throw LifecycleProblem.invalid(errors);
		}
		measures.replacePlan(assignment, "NOT_ACCEPTED".equals(decision) ? List.of() : data.objects("measures"));
		assignment.decision = decision;
		assignment.reasonCodes = String.join(",", data.list("reasonCodes"));
		assignment.reasonText = data.text("reason");
		assignment.publicReason = data.text("publicReason");
		assignment.acceptedParts = data.text("acceptedParts");
		assignment.respondedAt = data.dateOr("respondedDate", Clocks.today());
	}

	private static void closeNotAccepted(Assignment assignment, TransitionData data) {
		if ("REITERATED_AND_PUBLISHED".equals(data.text("outcome")) && !data.has("publicationDate")) {
			throw LifecycleProblem.invalid("publicationDate", "required", "is required when the outcome is published");
		}
		close(assignment, data.text("outcome"), Clocks.today());
	}

	/**
	 * A re-survey must name every rule id of the survey findings as re-checked and passed. The
	 * survey domain will run them itself once it plugs in (see FindingLookup).
	 */
	private void verify(Assignment assignment, TransitionData data) {
		if ("RESURVEY".equals(data.text("method"))) {
			List<String> missing = findings.findByRecommendationIdOrderById(assignment.recommendationId)
				.stream()
				.filter(f -> "SURVEY".equals(f.sourceType) && f.ruleId != null)
				.map(f -> f.ruleId)
				.distinct()
				.filter(rule -> !data.list("rulesRechecked").contains(rule))
				.toList();
			if (!missing.isEmpty()) {
				throw LifecycleProblem.invalid("rulesRechecked", "incomplete",
						"must include every rule of the survey findings; missing " + missing);
			}
		}
		assignment.verificationMethod = data.text("method");
		assignment.verifiedAt = data.dateOr("verifiedDate", Clocks.today());
	}

	private static void close(Assignment assignment, String outcome, LocalDate date) {
		assignment.outcome = outcome;
		assignment.closedAt = date;
	}

}
