package org.hria.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hria.rules.RuleEngine;
import org.hria.rules.RuleInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The survey rule tables keep their promises: unverified rules are advisory, every rule names a source and status. */
@SpringBootTest
class SurveyRuleTableTests {

	@Autowired
	private RuleEngine engine;

	private List<RuleInfo> rules() {
		return engine.current().catalogue(SurveyChecker.DOMAIN);
	}

	@Test
	void everyRuleHasASourceAndAStatus() {
		assertThat(rules()).hasSizeGreaterThan(100)
			.allSatisfy(rule -> assertThat(rule.basis()).as(rule.name()).isNotBlank())
			.allSatisfy(rule -> assertThat(rule.status()).as(rule.name()).isIn("V", "V2", "U"));
	}

	@Test
	void unverifiedRulesAreAtMostMinor() {
		assertThat(rules()).filteredOn(rule -> "U".equals(rule.status()))
			.isNotEmpty()
			.allSatisfy(rule -> assertThat(rule.severity()).as(rule.name()).isIn("MINOR", "INFO"));
		assertThat(Severity.effective("CRITICAL", "U")).isEqualTo(Severity.MINOR);
		assertThat(Severity.effective("MAJOR", "V2")).isEqualTo(Severity.MAJOR);
	}

	@Test
	void rowsSharingAnIdAreBandsOfOneRule() {
		assertThat(rules().stream().collect(java.util.stream.Collectors.groupingBy(RuleInfo::id)).values())
			.allSatisfy(rows -> assertThat(rows.stream().map(rule -> List.of(rule.file(), rule.basis(), rule.status())).distinct())
				.as("rows of %s", rows.get(0).id())
				.hasSize(1));
	}

	@Test
	void thresholdRulesNameTheirCriterionInTheCatalogue() {
		assertThat(rules()).filteredOn(rule -> rule.file() != null && rule.file().endsWith("thresholds.drl.csv"))
			.hasSizeGreaterThan(80);
	}

}
