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
		Priority.Score score = priority.of(rec.id, data.list("targetGroups"));
		String chosen = data.text("priority");
		if (chosen != null && !chosen.equals(score.level()) && !data.has("priorityReason")) {
			errors.add(TransitionData.error("priorityReason", "required", "is required when the priority " + chosen
					+ " differs from the computed " + score.level() + " (score " + score.score() + ")"));
		}
		return score;
	}

	void record(Recommendation rec, TransitionData data, Priority.Score score) {
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

	private void codes(String field, String kind, List<String> given, List<Map<String, String>> errors) {
		List<String> unknown = taxonomy.unknown(kind, given);
		if (!unknown.isEmpty()) {
			errors.add(TransitionData.error(field, "unknown", "has codes that are not in "
					+ "rules/recommendations/taxonomy.csv: " + unknown + "; allowed: " + taxonomy.codes(kind)));
		}
	}

}
