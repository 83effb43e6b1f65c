package org.hria.demo;

import java.util.List;
import java.util.Optional;

import org.hria.rules.Evaluation;
import org.hria.rules.RuleEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Evaluates demo measurements against the demo rules and stores the result with its rule-set version. */
@Service
class DemoService {

	static final String DOMAIN = "demo";

	private final RuleEngine engine;

	private final DemoEvaluationRepository evaluations;

	private final JsonMapper json;

	DemoService(RuleEngine engine, DemoEvaluationRepository evaluations, JsonMapper json) {
		this.engine = engine;
		this.evaluations = evaluations;
		this.json = json;
	}

	List<DemoFinding> check(List<DemoMeasurement> measurements) {
		return findings(engine.evaluate(DOMAIN, measurements));
	}

	@Transactional
	DemoResult evaluateAndStore(List<DemoMeasurement> measurements, String user) {
		Evaluation evaluation = engine.evaluate(DOMAIN, measurements);
		List<DemoFinding> findings = findings(evaluation);
		DemoEvaluation stored = evaluations.save(new DemoEvaluation(user, evaluation.ruleSetVersion(),
				measurements.size(), json.writeValueAsString(findings)));
		return new DemoResult(stored.getId(), stored.getRuleSetVersion(), findings);
	}

	@Transactional(readOnly = true)
	Optional<DemoResult> find(long id) {
		return evaluations.findById(id)
			.map(stored -> new DemoResult(stored.getId(), stored.getRuleSetVersion(),
					json.readValue(stored.getHitsJson(), new TypeReference<List<DemoFinding>>() {
					})));
	}

	private static List<DemoFinding> findings(Evaluation evaluation) {
		return evaluation.hits().stream().map(DemoFinding::of).toList();
	}

	record DemoResult(Long id, String ruleSetVersion, List<DemoFinding> findings) {
	}

}
