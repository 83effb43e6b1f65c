package org.hria.ordinance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.hria.rules.RuleEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The Bureau's acceptance: a term row or an exclusion row added to the table works after a reload, without a restart. */
@SpringBootTest
@AutoConfigureMockMvc
class OrdinanceRuleDataTests {

	private static final String TABLE = "ordinance/terms-ko.drl.csv";

	@Autowired
	private RuleEngine engine;

	@Autowired
	private OrdinanceReviewer reviewer;

	@Test
	void aTermRowAndAnExclusionRowTakeEffectAfterAReload() {
		byte[] original = engine.read(TABLE).orElseThrow();
		String table = new String(original, StandardCharsets.UTF_8);
		String draft = "제3조(연구 지원) 시장은 노처녀 모임 및 편모세포 연구를 지원한다.";
		assertThat(ruleIds(draft)).containsExactly("ORD-TERM-KO-018");
		try {
			engine.upload(TABLE, (table
					+ "ORD-TERM-KO-024 term 노처녀,ORD-TERM-KO-024,U,term,ko,노처녀,비혼 여성,,,,ko\n"
					+ "ORD-TERM-KO-018 except 편모세포,ORD-TERM-KO-018,V,except,ko,편모세포,,,,,ko\n")
				.getBytes(StandardCharsets.UTF_8), "test");
			assertThat(ruleIds(draft)).containsExactly("ORD-TERM-KO-024");
		}
		finally {
			engine.upload(TABLE, original, "test");
		}
		assertThat(ruleIds(draft)).containsExactly("ORD-TERM-KO-018");
	}

	@Test
	void everyRuleOfTheDomainCarriesIdSeverityBasisAndStatus() {
		assertThat(engine.current().catalogue(OrdinanceReviewer.DOMAIN)).allSatisfy(rule -> {
			assertThat(rule.id()).startsWith("ORD-");
			assertThat(rule.status()).isIn("V", "V2", "U");
		});
		assertThat(engine.current().catalogue(OrdinanceReviewer.DOMAIN))
			.filteredOn(rule -> rule.severity() != null)
			.extracting(rule -> rule.basis())
			.doesNotContainNull();
	}

	@Test
	void everySentenceRuleAsksForAKeySoSentencesWithoutOneAreLeftOut() {
		assertThat(SentenceKeys.of(engine.current().kieBase(OrdinanceReviewer.DOMAIN).orElseThrow()))
			.hasValueSatisfying(keys -> assertThat(keys).contains("ORD-DISC-001/ground", "ORD-PRIV-001/rrn")
				.doesNotContain("ORD-DISC-001/context"));
	}

	private java.util.List<String> ruleIds(String draft) {
		return reviewer.review(draft, "ko", null).findings().stream().map(Finding::ruleId).toList();
	}

}
