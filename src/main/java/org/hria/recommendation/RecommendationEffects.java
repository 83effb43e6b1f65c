package org.hria.recommendation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/** What each recommendation-level action records and changes (spec 1.2, rows 2-11 and 23). */
@Component
class RecommendationEffects {

	private final RecommendationRepository recommendations;

	private final FindingRefRepository findings;

	private final Organisations organisations;

	private final Deadlines deadlines;

	private final Routing routing;

	private final MeetingDecisions meetings;

	private final TriageCheck triageCheck;

	RecommendationEffects(RecommendationRepository recommendations, FindingRefRepository findings,
			Organisations organisations, Deadlines deadlines, Routing routing, MeetingDecisions meetings,
			TriageCheck triageCheck) {
		this.recommendations = recommendations;
		this.findings = findings;
		this.organisations = organisations;
		this.deadlines = deadlines;
		this.routing = routing;
		this.meetings = meetings;
		this.triageCheck = triageCheck;
	}

	/** Applies the action; returns a recommendation created on the way (resubmit), or null. */
	Recommendation apply(Transition transition, Recommendation rec, TransitionData data, Caller caller) {
		Recommendation created = null;
		switch (transition.action()) {
			case "triage" -> triage(rec, data);
			case "merge" -> merge(rec, data);
			case "dismiss", "reopen" -> reason(rec, data);
			case "withdraw" -> {
				meetings.known(data);
				reason(rec, data);
			}
			case "defer" -> {
				meetings.record(rec, data, "DEFERRED");
				reason(rec, data);
			}
			case "schedule" -> meetings.schedule(rec, data);
			case "adopt" -> adopt(rec, data);
			case "reject" -> {
				meetings.record(rec, data, "REJECTED");
				decide(rec, data);
			}
			case "resubmit" -> created = resubmit(rec, data, caller);
			case "route" -> routing.route(rec, data);
			default -> throw new IllegalStateException("No effect for " + transition.action());
		}
		if ("reopen".equals(transition.action())) {
			unmerge(rec);
		}
		if ("withdraw".equals(transition.action())) {
			routing.closeAll(rec, "WITHDRAWN");
		}
		rec.state = transition.target(rec.state);
		return created;
	}

	private void triage(Recommendation rec, TransitionData data) {
		List<Map<String, String>> errors = new ArrayList<>();
		List<String> unknown = organisations.unknown(data.list("proposedAddressees"));
		if (!unknown.isEmpty()) {
			errors.add(TransitionData.error("proposedAddressees", "unknown", "has unknown organisations " + unknown));
		}
		if (deadlines.rule(data.text("deadlineRuleId")).isEmpty()) {
			errors.add(TransitionData.error("deadlineRuleId", "unknown",
					"is not a rule of rules/recommendations/deadlines.csv"));
		}
		Priority.Score score = triageCheck.check(rec, data, errors);
		if (!errors.isEmpty()) {
			throw LifecycleProblem.invalid(errors);
		}
		triageCheck.record(rec, data, score);
		rec.themes = new TreeSet<>(data.list("themes"));
		rec.targetGroups = new TreeSet<>(data.list("targetGroups"));
		rec.sdgTargets = new TreeSet<>(data.list("sdgTargets"));
		rec.proposedAddressees = String.join(",", data.list("proposedAddressees"));
		rec.deadlineRuleId = data.text("deadlineRuleId");
	}

	private void merge(Recommendation rec, TransitionData data) {
		Long survivorId = data.id("survivorId");
		Recommendation survivor = survivorId.equals(rec.id) ? null
				: recommendations.findById(survivorId).orElse(null);
		if (survivor == null || (survivor.state != State.DRAFT && survivor.state != State.TRIAGED)) {
			throw LifecycleProblem.invalid("survivorId", "not-mergeable",
					"must be another recommendation in DRAFT or TRIAGED");
		}
		for (FindingRef finding : findings.findByRecommendationIdOrderById(rec.id)) {
			finding.recommendationId = survivor.id;
		}
		rec.mergedInto = survivor.id;
		reason(rec, data);
	}

	/** Reopening a merged record takes its own findings back, while the survivor is not yet on an agenda. */
	private void unmerge(Recommendation rec) {
		if (rec.mergedInto == null) {
			return;
		}
		Recommendation survivor = recommendations.findById(rec.mergedInto).orElseThrow();
		if (survivor.state != State.DRAFT && survivor.state != State.TRIAGED) {
			throw LifecycleProblem.invalid("reason", "survivor-scheduled",
					"cannot reopen: the survivor " + survivor.id + " is already " + survivor.state);
		}
		for (FindingRef finding : findings.findByOriginRecommendationId(rec.id)) {
			if (survivor.id.equals(finding.recommendationId)) {
				finding.recommendationId = rec.id;
			}
		}
		rec.mergedInto = null;
	}

	private static void reason(Recommendation rec, TransitionData data) {
		rec.stateReasonCode = data.text("reasonCode");
		rec.stateReason = data.text("reason");
		if (data.has("meetingId")) {
			rec.meetingId = data.text("meetingId");
		}
	}

	private void adopt(Recommendation rec, TransitionData data) {
		List<String> unknown = organisations.unknown(data.list("addressees"));
		if (!unknown.isEmpty()) {
			throw LifecycleProblem.invalid("addressees", "unknown", "has unknown organisations " + unknown);
		}
		meetings.record(rec, data, "ADOPTED");
		decide(rec, data);
		rec.membersPresent = MeetingDecisions.membersPresent(data);
		rec.recusals = MeetingDecisions.recusals(data);
		rec.adoptedText = data.text("adoptedText");
		rec.proposedAddressees = String.join(",", data.list("addressees"));
	}

	private static void decide(Recommendation rec, TransitionData data) {
		rec.meetingId = data.text("meetingId");
		rec.decidedAt = data.date("decisionDate");
		rec.votesFor = data.integer("votesFor");
		rec.votesAgainst = data.integer("votesAgainst");
		rec.abstentions = data.integer("abstentions");
		rec.stateReason = data.text("reason");
	}

	private Recommendation resubmit(Recommendation rejected, TransitionData data, Caller caller) {
		String title = data.has("title") ? data.text("title") : rejected.title;
		String text = data.has("text") ? data.text("text") : rejected.text;
		Recommendation fresh = new Recommendation(title, text, caller.username());
		fresh.supersedes = rejected.id;
		fresh.proposedAddressees = rejected.proposedAddressees;
		recommendations.saveAndFlush(fresh);
		Set<String> seen = new HashSet<>();
		for (FindingRef finding : findings.findByRecommendationIdOrderById(rejected.id)) {
			if (seen.add(finding.findingId)) {
				findings.save(new FindingRef(fresh.id, finding.toFinding()));
			}
		}
		return fresh;
	}

}
