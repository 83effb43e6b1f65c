package org.hria.corporate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.hria.cases.CaseEvaluator;
import org.hria.cases.CaseOutcome;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Corporate cases: {@code input.csv} or {@code input.json} (the upload forms of spec 4.1), an
 * optional {@code previous.csv}/{@code previous.json} scored first as the previous year, and an
 * optional {@code options.json} ({@code {"strict": false}} accepts out-of-scale and NA answers
 * as missing instead of rejecting the file). The result is the report, or {@code {"errors": [...]}}
 * when the input is rejected; only the current year's rules count as fired.
 */
@Component
class CorporateCaseEvaluator implements CaseEvaluator {

	private final CorporateService service;

	private final JsonMapper json;

	CorporateCaseEvaluator(CorporateService service, JsonMapper json) {
		this.service = service;
		this.json = json;
	}

	@Override
	public String domain() {
		return AssessmentScorer.DOMAIN;
	}

	@Override
	public CaseOutcome evaluate(Path caseDirectory) throws Exception {
		boolean strict = options(caseDirectory).map(node -> node.path("strict").asBoolean(true)).orElse(true);
		Report previous = null;
		Optional<Path> previousFile = file(caseDirectory, "previous");
		if (previousFile.isPresent()) {
			previous = service.preview(Files.readAllBytes(previousFile.get()), true, null).report();
		}
		byte[] input = Files.readAllBytes(file(caseDirectory, "input").orElseThrow());
		try {
			ScoredAssessment scored = service.preview(input, strict, previous);
			return new CaseOutcome(scored.firedRules(), scored.report());
		}
		catch (InvalidAssessmentException rejected) {
			return new CaseOutcome(List.of(), Map.of("errors", rejected.errors()));
		}
	}

	private Optional<JsonNode> options(Path directory) {
		Path options = directory.resolve("options.json");
		return Files.isRegularFile(options) ? Optional.of(json.readTree(options.toFile())) : Optional.empty();
	}

	private static Optional<Path> file(Path directory, String name) {
		return Stream.of(".csv", ".json").map(ext -> directory.resolve(name + ext)).filter(Files::isRegularFile)
			.findFirst();
	}

}
