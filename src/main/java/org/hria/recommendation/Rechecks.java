package org.hria.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Verification by re-checking (spec 1.2 row 20): a RESURVEY re-reads the same rule ids on the
 * facility's later survey, an ORDINANCE_TEXT_CHECK looks for the finding in the later version of
 * the draft. PASS only when every finding of that kind is gone; otherwise 409 naming what still
 * fails. Findings that no source can re-check (structured references) must be named in
 * {@code rulesRechecked} by the verifier instead.
 */
@Component
class Rechecks {

	private static final Map<String, String> SOURCE_OF_METHOD = Map.of("RESURVEY", "SURVEY", "ORDINANCE_TEXT_CHECK",
			"ORDINANCE");

	private final FindingRefRepository findings;

	private final FindingSources sources;

	Rechecks(FindingRefRepository findings, FindingSources sources) {
		this.findings = findings;
		this.sources = sources;
	}

	/** What the verification re-checked and on which evidence; throws when it may not PASS. */
	Outcome run(long recommendationId, String method, List<String> declared) {
		String sourceType = SOURCE_OF_METHOD.get(method);
		Set<String> rules = new LinkedHashSet<>(declared);
		Set<String> evidence = new LinkedHashSet<>();
		if (sourceType == null) {
			return new Outcome(List.copyOf(rules), List.of());
		}
		List<String> failing = new ArrayList<>();
		List<String> failingRules = new ArrayList<>();
		List<Map<String, String>> errors = new ArrayList<>();
		for (FindingRef ref : findings.findByRecommendationIdOrderById(recommendationId)) {
			if (!sourceType.equals(ref.sourceType)) {
				continue;
			}
			Optional<FindingLookup.Recheck> recheck = sources.recheck(sourceType, ref.findingId, method);
			if (recheck.isEmpty()) {
				undeclared(ref, declared, method).ifPresent(errors::add);
				continue;
			}
			FindingLookup.Recheck result = recheck.get();
			if (result.evidence() == null) {
				errors.add(TransitionData.error("method", "no-recheck", "found no later " + later(method) + " for "
						+ ref.findingId + " (" + ref.locator + "); add it first, then verify"));
				continue;
			}
			evidence.add(result.evidence());
			rules.addAll(result.rulesRechecked());
			if (!result.stillFailing().isEmpty()) {
				failing.addAll(result.stillFailing().stream().map(f -> ref.findingId + ": " + f).toList());
				failingRules.add(ref.ruleId);
			}
		}
		if (!errors.isEmpty()) {
			throw LifecycleProblem.invalid(errors);
		}
		if (!failing.isEmpty()) {
			throw LifecycleProblem.stillFailing(method, failingRules.stream().distinct().toList(), failing);
		}
		return new Outcome(List.copyOf(rules), List.copyOf(evidence));
	}

	/** A structured reference of a survey: the verifier must at least say its rule was re-run. */
	private static Optional<Map<String, String>> undeclared(FindingRef ref, List<String> declared, String method) {
		if (!"RESURVEY".equals(method) || ref.ruleId == null || declared.contains(ref.ruleId)) {
			return Optional.empty();
		}
		return Optional.of(TransitionData.error("rulesRechecked", "incomplete",
				"must include every rule of the survey findings; missing [" + ref.ruleId + "]"));
	}

	private static String later(String method) {
		return "RESURVEY".equals(method) ? "survey of the facility" : "version of the draft";
	}

	record Outcome(List<String> rulesRechecked, List<String> evidence) {
	}

}
