package org.hria.survey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hria.cases.CaseEvaluator;
import org.hria.cases.CaseOutcome;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Survey cases: {@code request.json} holds {@code {"kind", "profile"}} and the one file named
 * {@code input.*} is uploaded as is (CSV in any encoding, or A11yJSON). The result is the API
 * answer, or {@code {"errors": [...]}} for a rejected file.
 */
@Component
class SurveyCaseEvaluator implements CaseEvaluator {

	private final SurveyService surveys;

	private final JsonMapper json;

	SurveyCaseEvaluator(SurveyService surveys, JsonMapper json) {
		this.surveys = surveys;
		this.json = json;
	}

	@Override
	public String domain() {
		return SurveyChecker.DOMAIN;
	}

	@Override
	public CaseOutcome evaluate(Path caseDirectory) throws Exception {
		JsonNode request = json.readTree(caseDirectory.resolve("request.json").toFile());
		FacilityKind kind = FacilityKind.valueOf(request.get("kind").asString());
		String profile = request.path("profile").asString("kr");
		byte[] input = Files.readAllBytes(inputFile(caseDirectory));
		try {
			SurveyAnswer answer = surveys.check(input, kind, profile);
			List<String> fired = new ArrayList<>();
			answer.facilities().forEach(facility -> fired.addAll(facility.firedRules()));
			return new CaseOutcome(fired, answer);
		}
		catch (SurveyInputException ex) {
			return new CaseOutcome(List.of(), Map.of("errors", ex.errors()));
		}
	}

	private static Path inputFile(Path directory) throws Exception {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> file.getFileName().toString().startsWith("input.")).findFirst().orElseThrow();
		}
	}

}
