package org.hria.corporate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hria.rules.Evaluation;
import org.hria.rules.RuleEngine;
import org.hria.rules.RuleHit;
import org.springframework.stereotype.Service;

/**
 * Scores one assessment (spec 3) in three rule evaluations: the evidence policy with the area
 * weights, then levels, caps and gap priorities, then deadlines (after repeated gaps moved up).
 * All three must come from the same rule-set version; if the rules were reloaded in between,
 * scoring starts again.
 */
@Service
class AssessmentScorer {

	static final String DOMAIN = "corporate";

	static final String EVIDENCE_MISSING = "EVIDENCE_MISSING";

	private final RuleEngine engine;

	AssessmentScorer(RuleEngine engine) {
		this.engine = engine;
	}

	ScoredAssessment score(Checklist checklist, AssessmentInput input, List<ItemAnswer> answers,
			String supervisingDepartment, Report previous) {
		for (int attempt = 1;; attempt++) {
			Run run = new Run(answers);
			try {
				return run.score(checklist, input, supervisingDepartment, previous);
			}
			catch (RuleSetChanged changed) {
				if (attempt == 3) {
					throw new IllegalStateException("The corporate rules kept changing while scoring; try again");
				}
			}
		}
	}

	/** One scoring pass; its state lives only for the call. */
	private final class Run {

		private final List<ItemAnswer> answers;

		private final Map<String, Integer> scoresUsed = new HashMap<>();

		private final Map<String, List<String>> findings = new HashMap<>();

		private final List<String> fired = new ArrayList<>();

		private String version;

		Run(List<ItemAnswer> answers) {
			this.answers = answers;
			answers.forEach(answer -> {
				findings.put(answer.item().itemId(), new ArrayList<>(answer.findings()));
				if (answer.answered()) {
					scoresUsed.put(answer.item().itemId(), answer.givenScore());
				}
			});
		}

		ScoredAssessment score(Checklist checklist, AssessmentInput input, String supervisor, Report previous) {
			Map<String, List<ItemAnswer>> byArea = new java.util.LinkedHashMap<>();
			answers.forEach(answer -> byArea.computeIfAbsent(answer.item().area(), k -> new ArrayList<>()).add(answer));
			List<Object> facts = new ArrayList<>(answerFacts());
			byArea.forEach((area, inArea) -> facts.add(new AreaFact(area, inArea.stream().anyMatch(a -> !a.na()))));
			Map<String, BigDecimal> weights = new HashMap<>();
			List<ChecklistItem> evidenceRequests = new ArrayList<>();
			for (RuleHit hit : evaluate(facts)) {
				if (hit.subject() instanceof AnswerFact answer) {
					applyEvidencePolicy(answer.getItemId(), hit, evidenceRequests);
				}
				else if (hit.subject() instanceof AreaFact area
						&& weights.put(area.getId(), (BigDecimal) hit.details().get("weight")) != null) {
					throw new IllegalStateException("Two weights for area " + area.getId()
							+ " in rules/corporate; keep one row per area");
				}
			}
			List<AreaMath> areas = byArea.entrySet().stream()
				.map(area -> AreaMath.of(area.getKey(), area.getValue(), scoresUsed)).toList();
			areas.stream().filter(AreaMath::applicable).filter(area -> !weights.containsKey(area.id())).findFirst()
				.ifPresent(area -> {
					throw new IllegalStateException("Area " + area.id() + " has no weight in rules/corporate");
				});
			boolean complete = answers.stream().noneMatch(ItemAnswer::missing);
			Fraction overall = complete ? AreaMath.overall(areas, weights, AreaMath::percent) : null;
			ResultPhase result = new ResultPhase(this::evaluate, answers, scoresUsed, supervisor);
			result.run(complete ? overall.display() : null, previous);
			ReportAssembler assembler = new ReportAssembler(answers, scoresUsed, findings, weights, areas);
			Report report = assembler.assemble(checklist, input, supervisor, version, overall, result,
					result.deadlines(evidenceRequests));
			if (previous != null) {
				report = report.withComparison(YearComparison.compare(report, previous));
			}
			return new ScoredAssessment(report, List.copyOf(fired));
		}

		private List<AnswerFact> answerFacts() {
			return answers.stream()
				.filter(ItemAnswer::answered)
				.map(answer -> new AnswerFact(answer.item().itemId(), answer.item().scale(), answer.givenScore(),
						answer.item().evidenceExpected() && answer.evidenceRefs().isEmpty()))
				.toList();
		}

		private void applyEvidencePolicy(String itemId, RuleHit hit, List<ChecklistItem> requests) {
			if ("DOWNGRADE".equals(hit.details().get("action"))) {
				scoresUsed.put(itemId, 1);
			}
			findings.get(itemId).add(EVIDENCE_MISSING);
			answers.stream().filter(a -> a.item().itemId().equals(itemId)).findFirst()
				.ifPresent(answer -> requests.add(answer.item()));
		}

		private List<RuleHit> evaluate(List<?> facts) {
			Evaluation evaluation = engine.evaluate(DOMAIN, facts);
			if (version != null && !version.equals(evaluation.ruleSetVersion())) {
				throw new RuleSetChanged();
			}
			version = evaluation.ruleSetVersion();
			evaluation.hits().forEach(hit -> fired.add(hit.ruleId()));
			return evaluation.hits();
		}

	}

	private static final class RuleSetChanged extends RuntimeException {

		RuleSetChanged() {
			super(null, null, false, false);
		}

	}

}
