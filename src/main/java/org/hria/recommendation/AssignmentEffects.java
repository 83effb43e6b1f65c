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

	private final Rechecks rechecks;

	private final MeetingDecisions meetings;

	AssignmentEffects(Routing routing, Deadlines deadlines, MeasureEffects measures, Rechecks rechecks,
			MeetingDecisions meetings) {
		this.routing = routing;
		this.deadlines = deadlines;
		this.measures = measures;
		this.rechecks = rechecks;
		this.meetings = meetings;
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

	private void closeNotAccepted(Assignment assignment, TransitionData data) {
		meetings.known(data);
		if ("REITERATED_AND_PUBLISHED".equals(data.text("outcome")) && !data.has("publicationDate")) {
			throw LifecycleProblem.invalid("publicationDate", "required", "is required when the outcome is published");
		}
		close(assignment, data.text("outcome"), Clocks.today());
	}

	/** A re-survey or a text check re-runs the findings' rules (see {@link Rechecks}) and records what it used. */
	private void verify(Assignment assignment, TransitionData data) {
		Rechecks.Outcome outcome = rechecks.run(assignment.recommendationId, data.text("method"),
				data.list("rulesRechecked"));
		assignment.verificationMethod = data.text("method");
		assignment.rulesRechecked = String.join(",", outcome.rulesRechecked());
		List<String> evidence = new ArrayList<>(outcome.evidence());
		data.objects("evidence").stream().filter(e -> e.get("uri") != null).forEach(e -> evidence.add(e.get("uri").toString()));
		assignment.verificationEvidence = String.join(",", evidence);
		assignment.verifiedAt = data.dateOr("verifiedDate", Clocks.today());
	}

	private static void close(Assignment assignment, String outcome, LocalDate date) {
		assignment.outcome = outcome;
		assignment.closedAt = date;
	}

}
