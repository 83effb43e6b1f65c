package org.hria.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hria.rules.RuleEngine;
import org.hria.rules.RuleInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The test-case folders and the loaded rules agree: folder names and numbers are well formed and
 * unique, every expected file names only known rules, and every rule of a domain fires in some
 * case and is a near miss in another.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestCaseConsistencyTests {

	@Autowired
	private RuleEngine engine;

	@Autowired
	private List<CaseEvaluator> evaluators;

	private List<TestCase> cases;

	private Map<String, Set<String>> ruleIdsByDomain;

	@BeforeAll
	void load() {
		cases = TestCase.all();
		Set<String> flow = flowRuleNames();
		ruleIdsByDomain = engine.current()
			.catalogue()
			.stream()
			.filter(rule -> !flow.contains(rule.domain() + "/" + rule.name()))
			.collect(Collectors.groupingBy(RuleInfo::domain, Collectors.mapping(RuleInfo::id, Collectors.toSet())));
	}

	/**
	 * Rules marked {@code @flow("true")} check the rows of a table (survey thresholds) and record each
	 * finding in the name of its row, so they are covered by the cases of those rows.
	 */
	private Set<String> flowRuleNames() {
		Set<String> names = new HashSet<>();
		for (String domain : engine.current().domains()) {
			engine.current().kieBase(domain).orElseThrow().getKiePackages().forEach(pkg -> pkg.getRules()
				.stream()
				.filter(rule -> "true".equals(String.valueOf(rule.getMetaData().get("flow")).replace("\"", "")))
				.forEach(rule -> names.add(domain + "/" + rule.getName())));
		}
		return names;
	}

	@Test
	void folderNamesAreANumberAndASentence() {
		assertThat(cases).filteredOn(testCase -> testCase.number() == null)
			.as("folders not named NNN-a-sentence-in-lower-case (test-cases/<domain>/<NNN-...>)")
			.extracting(TestCase::directory)
			.isEmpty();
	}

	@Test
	void noTwoCasesOfADomainShareANumber() {
		Map<String, List<String>> byNumber = new HashMap<>();
		cases.stream()
			.filter(testCase -> testCase.number() != null)
			.forEach(testCase -> byNumber.computeIfAbsent(testCase.domain() + "/" + testCase.number(), k -> new ArrayList<>())
				.add(testCase.directory().toString()));
		assertThat(byNumber.values()).as("case numbers used more than once").allSatisfy(
				folders -> assertThat(folders).as("these folders share a number").hasSize(1));
	}

	@Test
	void everyCaseHasAnExpectedFile() {
		assertThat(cases).filteredOn(testCase -> testCase.expected() == null)
			.as("folders without a readable expected.json")
			.extracting(TestCase::directory)
			.isEmpty();
	}

	@Test
	void expectedFilesNameOnlyKnownRules() {
		List<String> unknown = new ArrayList<>();
		for (TestCase testCase : cases) {
			Set<String> known = ruleIdsByDomain.getOrDefault(testCase.domain(), Set.of());
			List<String> named = new ArrayList<>(testCase.firedRules());
			named.addAll(testCase.nearMissOf());
			named.stream()
				.filter(id -> !known.contains(id))
				.forEach(id -> unknown.add(testCase.directory() + "/expected.json names unknown rule " + id));
		}
		assertThat(unknown).isEmpty();
	}

	@Test
	void everyRuleFiresInSomeCase() {
		assertThat(uncovered(TestCase::firedRules)).as("rules that fire in no test case").isEmpty();
	}

	@Test
	void everyRuleIsANearMissInSomeCase() {
		assertThat(uncovered(TestCase::nearMissOf)).as("rules with no near-miss test case (nearMissOf)").isEmpty();
	}

	@Test
	void everyDomainWithCasesHasAnEvaluator() {
		Set<String> withEvaluator = evaluators.stream().map(CaseEvaluator::domain).collect(Collectors.toSet());
		assertThat(cases).extracting(TestCase::domain).allSatisfy(domain -> assertThat(withEvaluator)
			.as("a CaseEvaluator for test-cases/%s", domain)
			.contains(domain));
	}

	private List<String> uncovered(java.util.function.Function<TestCase, List<String>> ids) {
		Map<String, Set<String>> covered = new HashMap<>();
		cases.forEach(testCase -> covered.computeIfAbsent(testCase.domain(), k -> new HashSet<>())
			.addAll(ids.apply(testCase)));
		List<String> uncovered = new ArrayList<>();
		ruleIdsByDomain.forEach((domain, ruleIds) -> ruleIds.stream()
			.filter(id -> !covered.getOrDefault(domain, Set.of()).contains(id))
			.sorted()
			.forEach(id -> uncovered.add(domain + ": " + id)));
		return uncovered;
	}

}
