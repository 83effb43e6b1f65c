package org.hria.ordinance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class OrdinanceReviewRepositoryTests {

	@Autowired
	private OrdinanceReviewRepository reviews;

	@Test
	void findsTheLatestVersionOfADraftByTitleAndKeepsItsRuleSetVersion() {
		OrdinanceReview first = reviews.saveAndFlush(new OrdinanceReview("drafter", "복지 조례", "ko", "v1", null,
				"제1조(목적) 본문", "[]", "[]"));
		OrdinanceReview second = reviews.saveAndFlush(new OrdinanceReview("drafter", "복지 조례", "ko", "v2",
				first.getId(), "제1조(목적) 새 본문", "[]", "[{\"id\":\"F-1\"}]"));
		OrdinanceReview latest = reviews.findFirstByTitleOrderByCreatedAtDescIdDesc("복지 조례").orElseThrow();
		assertThat(latest.getId()).isEqualTo(second.getId());
		assertThat(latest.getRuleSetVersion()).isEqualTo("v2");
		assertThat(latest.getPreviousReviewId()).isEqualTo(first.getId());
		assertThat(latest.getDraftText()).isEqualTo("제1조(목적) 새 본문");
	}

}
