package org.hria.recommendation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The JSON shape of a recommendation with its findings and assignments, flags computed now. */
@Component
class RecommendationViews {

	private final FindingRefRepository findings;

	private final AssignmentRepository assignments;

	private final MeasureRepository measures;

	private final Deadlines deadlines;

	private final int verificationDays;

	RecommendationViews(FindingRefRepository findings, AssignmentRepository assignments, MeasureRepository measures,
			Deadlines deadlines, @Value("${hria.recommendations.verification-days:60}") int verificationDays) {
		this.findings = findings;
		this.assignments = assignments;
		this.measures = measures;
		this.deadlines = deadlines;
		this.verificationDays = verificationDays;
	}

	/** The state shown for a recommendation: from ROUTED on, that of its least advanced open assignment. */
	static State shownState(Recommendation rec, List<Assignment> all) {
		if (rec.state != State.ROUTED) {
			return rec.state;
		}
		return all.stream()
			.map(a -> a.state)
			.filter(state -> state != State.CLOSED)
			.min(Comparator.comparingInt(State::rank))
			.orElse(State.CLOSED);
	}

	Map<String, Object> view(Recommendation rec, Caller caller) {
		List<Assignment> all = assignments.findByRecommendationIdOrderById(rec.id);
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", rec.id);
		view.put("state", shownState(rec, all).name());
		view.put("version", rec.version);
		view.put("title", rec.title);
		view.put("text", rec.text);
		view.put("adoptedText", rec.adoptedText);
		view.put("themes", rec.themes);
		view.put("targetGroups", rec.targetGroups);
		view.put("sdgTargets", new java.util.TreeSet<>(rec.sdgTargets));
		view.put("priority", rec.priority);
		view.put("deadlineRuleId", rec.deadlineRuleId);
		view.put("mergedInto", rec.mergedInto);
		view.put("supersedes", rec.supersedes);
		view.put("findings", findings.findByRecommendationIdOrderById(rec.id).stream().map(this::finding).toList());
		view.put("assignments", all.stream()
			.filter(a -> caller.seesAll() || caller.belongsTo(a.organisationCode))
			.map(this::assignment)
			.toList());
		return view;
	}

	Map<String, Object> assignment(Assignment a) {
		List<Measure> plan = measures.findByAssignmentIdOrderById(a.id);
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", a.id);
		view.put("recommendationId", a.recommendationId);
		view.put("organisation", a.organisationCode);
		view.put("role", a.lead ? "LEAD" : "SUPPORTING");
		view.put("state", a.state.name());
		view.put("version", a.version);
		view.put("dispatchedAt", a.dispatchedAt);
		view.put("documentNo", a.documentNo);
		view.put("receivedAt", a.receivedAt);
		view.put("responseDueAt", a.responseDueAt);
		view.put("extendedDueAt", a.extendedDueAt);
		view.put("deadlineRule", deadlineRule(a));
		view.put("decision", a.decision);
		view.put("respondedAt", a.respondedAt);
		view.put("respondedLate", a.respondedAt != null && a.effectiveDueAt() != null
				&& a.respondedAt.isAfter(a.effectiveDueAt()));
		view.put("outcome", a.outcome);
		view.put("flags", OverdueFlags.of(a, plan, Clocks.today(), verificationDays));
		view.put("measures", plan.stream().map(RecommendationViews::measure).toList());
		return view;
	}

	private Map<String, Object> deadlineRule(Assignment a) {
		if (a.deadlineRuleId == null) {
			return null;
		}
		Map<String, Object> rule = new LinkedHashMap<>();
		rule.put("id", a.deadlineRuleId);
		rule.put("version", a.deadlineRuleVersion);
		rule.put("calendarVersion", a.calendarVersion);
		deadlines.rule(a.deadlineRuleId).ifPresent(current -> {
			rule.put("status", current.status());
			rule.put("changedSince", !current.version().equals(a.deadlineRuleVersion));
		});
		return rule;
	}

	private Map<String, Object> finding(FindingRef f) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("sourceType", f.sourceType);
		view.put("sourceId", f.sourceId);
		view.put("findingId", f.findingId);
		view.put("ruleId", f.ruleId);
		view.put("locator", f.locator);
		return view;
	}

	private static Map<String, Object> measure(Measure m) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", m.id);
		view.put("description", m.description);
		view.put("kind", m.kind);
		view.put("responsibleUnit", m.responsibleUnit);
		view.put("targetDate", m.targetDate);
		view.put("status", m.status);
		view.put("statusReason", m.statusReason);
		view.put("percent", m.percent);
		view.put("doneAt", m.doneAt);
		return view;
	}

}
