package org.hria.corporate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hria.rules.RuleHit;

/**
 * Level by score, critical-gap caps and gap priorities from the rules; a gap that was a gap in
 * the previous assessment moves up one priority; then the deadline suggestions.
 */
final class ResultPhase {

	static final List<String> PRIORITIES = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");

	private final Evaluator evaluator;

	private final List<ItemAnswer> answers;

	private final Map<String, Integer> scoresUsed;

	private Integer levelByScore;

	private final List<Report.Cap> caps = new ArrayList<>();

	private final Map<String, String> basePriorities = new LinkedHashMap<>();

	private final Map<String, String> priorities = new LinkedHashMap<>();

	private Set<String> repeats = Set.of();

	ResultPhase(Evaluator evaluator, List<ItemAnswer> answers, Map<String, Integer> scoresUsed, String supervisor) {
		this.evaluator = evaluator;
		this.answers = answers;
		this.scoresUsed = scoresUsed;
	}

	void run(BigDecimal displayedOverall, Report previous) {
		List<Object> facts = new ArrayList<>(gaps());
		if (displayedOverall != null) {
			facts.add(new OverallFact(Report.COMPLETE, displayedOverall));
		}
		for (RuleHit hit : evaluator.evaluate(facts)) {
			Map<String, Object> details = hit.details();
			if (details.containsKey("level")) {
				levelByScore = ((Number) details.get("level")).intValue();
			}
			else if (details.containsKey("cap")) {
				caps.add(new Report.Cap(((GapFact) hit.subject()).getItemId(),
						((Number) details.get("cap")).intValue(), hit.ruleId()));
			}
			else if (details.containsKey("priority")) {
				basePriorities.put(((GapFact) hit.subject()).getItemId(), (String) details.get("priority"));
			}
		}
		Set<String> previousGaps = previous == null ? Set.of()
				: previous.gaps().stream().map(Report.Gap::itemId).collect(Collectors.toSet());
		for (GapFact gap : gaps()) {
			String base = basePriorities.get(gap.getItemId());
			if (base == null) {
				throw new IllegalStateException("No priority row in rules/corporate matches the gap " + gap.getItemId());
			}
			priorities.put(gap.getItemId(), previousGaps.contains(gap.getItemId()) ? raise(base) : base);
		}
		repeats = previousGaps;
		caps.sort(Comparator.comparingInt(Report.Cap::level));
	}

	/** Deadline suggestion by subject: {@code gap:<item>} and {@code evidence:<item>}. */
	Map<String, String> deadlines(List<ChecklistItem> evidenceRequests) {
		List<DeadlineFact> facts = new ArrayList<>();
		priorities.forEach((itemId, priority) -> facts.add(new DeadlineFact("gap:" + itemId, priority)));
		evidenceRequests.forEach(item -> facts.add(new DeadlineFact("evidence:" + item.itemId(), "LOW")));
		Map<String, String> deadlines = new HashMap<>();
		for (RuleHit hit : evaluator.evaluate(facts)) {
			deadlines.put(((DeadlineFact) hit.subject()).getSubject(), (String) hit.details().get("deadline"));
		}
		return deadlines;
	}

	Integer levelByScore() {
		return levelByScore;
	}

	Integer level() {
		if (levelByScore == null) {
			return null;
		}
		return caps.stream().map(Report.Cap::level).filter(cap -> cap < levelByScore).findFirst().orElse(levelByScore);
	}

	/** The item whose cap set the final level (the first of the lowest caps), if a cap lowered it. */
	Optional<String> cappedBy() {
		return levelByScore == null ? Optional.empty()
				: caps.stream().filter(cap -> cap.level() < levelByScore).findFirst().map(Report.Cap::itemId);
	}

	List<Report.Cap> caps() {
		return caps;
	}

	Map<String, String> priorities() {
		return priorities;
	}

	String basePriority(String itemId) {
		return basePriorities.get(itemId);
	}

	boolean repeat(String itemId) {
		return repeats.contains(itemId);
	}

	private List<GapFact> gaps() {
		return answers.stream()
			.filter(ItemAnswer::answered)
			.filter(answer -> scoresUsed.get(answer.item().itemId()) < 2)
			.map(answer -> new GapFact(answer.item().itemId(), answer.item().critical(), answer.item().weight(),
					scoresUsed.get(answer.item().itemId())))
			.toList();
	}

	static String raise(String priority) {
		int index = PRIORITIES.indexOf(priority);
		return PRIORITIES.get(Math.min(index + 1, PRIORITIES.size() - 1));
	}

	@FunctionalInterface
	interface Evaluator {

		List<RuleHit> evaluate(List<?> facts);

	}

}
