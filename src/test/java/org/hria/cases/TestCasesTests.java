package org.hria.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns every folder under {@code test-cases/} into a test named after it. */
@SpringBootTest
class TestCasesTests {

	@Autowired
	private List<CaseEvaluator> evaluators;

	@Autowired
	private JsonMapper json;

	@TestFactory
	Stream<DynamicNode> everyCaseFolderGivesItsExpectedOutcome() {
		Map<String, CaseEvaluator> byDomain = evaluators.stream()
			.collect(Collectors.toMap(CaseEvaluator::domain, Function.identity()));
		Map<String, List<TestCase>> casesByDomain = TestCase.all()
			.stream()
			.collect(Collectors.groupingBy(TestCase::domain, java.util.TreeMap::new, Collectors.toList()));
		return casesByDomain.entrySet()
			.stream()
			.map(domain -> DynamicContainer.dynamicContainer(domain.getKey(), domain.getValue()
				.stream()
				.map(testCase -> DynamicTest.dynamicTest(testCase.displayName(), testCase.directory().toUri(),
						() -> check(testCase, byDomain.get(testCase.domain()))))));
	}

	private void check(TestCase testCase, CaseEvaluator evaluator) throws Exception {
		assertThat(evaluator).as("a CaseEvaluator bean for the domain '%s'", testCase.domain()).isNotNull();
		assertThat(testCase.expected()).as("%s/expected.json", testCase.directory()).isNotNull();
		CaseOutcome outcome = evaluator.evaluate(testCase.directory());
		assertThat(outcome.firedRules()).as("rules fired in %s", testCase.directory())
			.containsExactlyInAnyOrderElementsOf(testCase.firedRules());
		assertThat(outcome.firedRules()).as("near misses in %s must not fire", testCase.directory())
			.noneMatch(testCase.nearMissOf()::contains);
		if (testCase.result().isPresent()) {
			JsonNode actual = json.valueToTree(outcome.result());
			assertThat(JsonSubset.mismatches(testCase.result().get(), actual, "result"))
				.as("result of %s, compared with expected.json (actual: %s)", testCase.directory(), actual)
				.isEmpty();
		}
	}

}
