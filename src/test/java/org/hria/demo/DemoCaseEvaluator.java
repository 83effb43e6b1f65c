package org.hria.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hria.cases.CaseEvaluator;
import org.hria.cases.CaseOutcome;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Demo cases: {@code input.json} holds {@code {"measurements":[{subject, criterion, value, unit}]}}. */
@Component
class DemoCaseEvaluator implements CaseEvaluator {

	private final DemoService demo;

	private final JsonMapper json;

	DemoCaseEvaluator(DemoService demo, JsonMapper json) {
		this.demo = demo;
		this.json = json;
	}

	@Override
	public String domain() {
		return DemoService.DOMAIN;
	}

	@Override
	public CaseOutcome evaluate(Path caseDirectory) {
		Map<String, List<DemoMeasurement>> input = json.readValue(caseDirectory.resolve("input.json").toFile(),
				new TypeReference<Map<String, List<DemoMeasurement>>>() {
				});
		List<DemoFinding> findings = demo.check(input.get("measurements"));
		return new CaseOutcome(findings.stream().map(DemoFinding::ruleId).toList(), Map.of("findings", findings));
	}


}
