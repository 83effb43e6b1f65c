package org.hria.corporate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class CorporateRepositoryTests {

	private static final Checklist CHECKLIST = new Checklist("corporate-hrm/1.0", "a".repeat(64), List.of());

	@Autowired
	private EnterpriseRepository enterprises;

	@Autowired
	private EnterpriseMemberRepository members;

	@Autowired
	private AssessmentRepository assessments;

	@Autowired
	private StoredAnswerRepository answers;

	@Test
	void storesAnAssessmentWithItsAnswersAndFindsThePreviousYear() {
		enterprises.saveAndFlush(new Enterprise("REPO-A", "Repository Test Corporation", "Welfare Division"));
		members.saveAndFlush(new EnterpriseMember("repo-user", "REPO-A"));
		Assessment earlier = assessments.saveAndFlush(new Assessment("REPO-A", 2025, CHECKLIST, "tester"));
		earlier.submit(report(new BigDecimal("74.9"), 3), "{\"stored\":true}", "[]");
		assessments.saveAndFlush(earlier);
		Assessment later = assessments.saveAndFlush(new Assessment("REPO-A", 2026, CHECKLIST, "tester"));
		answers.saveAndFlush(new StoredAnswer(later.getId(),
				new AnswerRow(2, "HRM-1.1", "2", List.of("charter.pdf", "https://example.org/x"), "가나다")));

		assertThat(members.findById("repo-user")).map(EnterpriseMember::getEnterpriseId).contains("REPO-A");
		assertThat(assessments.findByEnterpriseIdAndStateAndYearLessThanOrderByYearDesc("REPO-A", Assessment.SUBMITTED,
				2026)).extracting(Assessment::getYear).containsExactly(2025);
		Assessment stored = assessments.findByEnterpriseIdAndYear("REPO-A", 2025).orElseThrow();
		assertThat(stored.getOverall()).isEqualByComparingTo("74.9");
		assertThat(stored.getLevel()).isEqualTo(3);
		assertThat(stored.getRuleSetVersion()).isEqualTo("rules-v1");
		assertThat(stored.getReportJson()).isEqualTo("{\"stored\":true}");
		assertThat(answers.findByAssessmentIdOrderByLine(later.getId())).singleElement()
			.satisfies(answer -> assertThat(answer.toRow().evidenceRefs()).containsExactly("charter.pdf",
					"https://example.org/x"))
			.satisfies(answer -> assertThat(answer.toRow().comment()).isEqualTo("가나다"));
	}

	@Test
	void keepsOneAssessmentPerEnterpriseAndYear() {
		enterprises.saveAndFlush(new Enterprise("REPO-B", "Another Corporation", null));
		assessments.saveAndFlush(new Assessment("REPO-B", 2026, CHECKLIST, "tester"));
		assertThatThrownBy(() -> assessments.saveAndFlush(new Assessment("REPO-B", 2026, CHECKLIST, "tester")))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private static Report report(BigDecimal overall, int level) {
		return new Report("REPO-A", "Repository Test Corporation", null, 2025, "corporate-hrm/1.0", "a".repeat(64),
				"rules-v1", Report.COMPLETE, overall, null, null, level, level, "Established", List.of(), null,
				List.of(), List.of(), List.of(), List.of(), null, List.of());
	}

}
