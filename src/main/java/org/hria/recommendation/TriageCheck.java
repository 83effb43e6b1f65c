package org.hria.recommendation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * What {@code triage} checks beyond required fields: themes, target groups and SDG targets from the taxonomy,
 * and a reason when the officer's priority differs from the computed one; then what it records.
 */
@Component
class TriageCheck {

	private final Taxonomy taxonomy;

	private final Priority priority;

	TriageCheck(Taxonomy taxonomy, Priority priority) {
		this.taxonomy = taxonomy;
		this.priority = priority;
	}

	/** Adds the errors found; returns the score computed for the chosen target groups. */
	Priority.Score check(Recommendation rec, TransitionData data, List<Map<String, String>> errors) {
		codes("themes", Taxonomy.THEME, data.list("themes"), errors);
		codes("targetGroups", Taxonomy.TARGET_GROUP, data.list("targetGroups"), errors);
		codes("sdgTargets", Taxonomy.SDG, data.list("sdgTargets"), errors);
		if (data.has("eventDate") != data.has("eventName")) {
			String missing = data.has("eventDate") ? "eventName" : "eventDate";
			errors.add(TransitionData.error(missing, "required", "is required with "
					+ (data.has("eventDate") ? "eventDate" : "eventName") + ": urgency names the event and its date"));
		}
		if (data.has("eventName") && data.text("eventName").strip().length() > 300) {
			errors.add(TransitionData.error("eventName", "too-long", "must be at most 300 characters"));
		}
		Priority.Score score = priority.of(rec.id, data.list("targetGroups"), estimates(data));
		String chosen = data.text("priority");
		if (chosen != null && !chosen.equals(score.level()) && !data.has("priorityReason")) {
			errors.add(TransitionData.error("priorityReason", "required", "is required when the priority " + chosen
					+ " differs from the computed " + score.level() + " (score " + score.score() + ")"));
		}
		return score;
	}

	void record(Recommendation rec, TransitionData data, Priority.Score score) {
		Priority.Estimates estimates = estimates(data);
		rec.reachPeople = estimates.reachPeople();
		rec.eventDate = estimates.eventDate();
		rec.eventName = estimates.eventName();
		String chosen = data.text("priority");
		rec.priority = chosen == null ? score.level() : chosen;
		rec.priorityReason = chosen == null || chosen.equals(score.level()) ? null : data.text("priorityReason");
		rec.priorityComputed = score.level();
		rec.priorityScore = BigDecimal.valueOf(score.score());
		rec.priorityParts = score.parts()
			.stream()
			.map(p -> p.name() + "=" + p.value() + " (" + p.explanation() + ")")
			.collect(Collectors.joining("; "));
	}

	static Priority.Estimates estimates(TransitionData data) {
		return new Priority.Estimates(data.integer("reachPeople"), data.date("eventDate"),
				data.has("eventName") ? data.text("eventName").strip() : null);
	}

	private void codes(String field, String kind, List<String> given, List<Map<String, String>> errors) {
		List<String> unknown = taxonomy.unknown(kind, given);
		if (!unknown.isEmpty()) {
			errors.add(TransitionData.error(field, "unknown", "has codes that are not in "
					+ "rules/recommendations/taxonomy.csv: " + unknown + "; allowed: " + taxonomy.codes(kind)));
		}
	}

}
