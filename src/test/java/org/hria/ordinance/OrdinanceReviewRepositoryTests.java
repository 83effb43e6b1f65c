package org.hria.ordinance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.PageRequest;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class OrdinanceReviewRepositoryTests {

	@Autowired
	private OrdinanceReviewRepository reviews;

	@Test
	void listsTheNewestReviewsFirst() {
		OrdinanceReview older = reviews.saveAndFlush(new OrdinanceReview("drafter", "가 조례", "ko", "v1", null, "본문", "[]", "[]", ""));
		OrdinanceReview newer = reviews.saveAndFlush(new OrdinanceReview("drafter", "나 조례", "ko", "v1", null, "본문", "[]", "[]", ""));
		assertThat(reviews.findLatestIds(PageRequest.of(0, 50))).containsSubsequence(newer.getId(), older.getId());
	}

	@Test
	void findsTheLatestVersionOfADraftByTitleAndKeepsItsRuleSetVersion() {
		OrdinanceReview first = reviews.saveAndFlush(new OrdinanceReview("drafter", "복지 조례", "ko", "v1", null,
				"제1조(목적) 본문", "[]", "[]", ""));
		OrdinanceReview second = reviews.saveAndFlush(new OrdinanceReview("drafter", "복지 조례", "ko", "v2",
				first.getId(), "제1조(목적) 새 본문", "[]", "[{\"id\":\"F-1\"}]", "F-1"));
		reviews.saveAndFlush(new OrdinanceReview("drafter", "다른 조례", "ko", "v2", null, "제1조(목적) 다른 본문", "[]", "[]", ""));
		List<OrdinanceReviewRepository.EarlierVersion> versions = reviews.findLatestVersionsByTitle("복지 조례",
				PageRequest.of(0, 1));
		assertThat(versions).extracting(OrdinanceReviewRepository.EarlierVersion::getId).containsExactly(second.getId());
		assertThat(versions.get(0).getFindingIds()).isEqualTo("F-1");
		assertThat(reviews.findFindingsJsonById(second.getId())).isEqualTo("[{\"id\":\"F-1\"}]");
		assertThat(reviews.findLatestIdsByPreviousReviewId(first.getId(), PageRequest.of(0, 1))).containsExactly(second.getId());
		OrdinanceReview latest = reviews.findById(versions.get(0).getId()).orElseThrow();
		assertThat(latest.getId()).isEqualTo(second.getId());
		assertThat(latest.getRuleSetVersion()).isEqualTo("v2");
		assertThat(latest.getPreviousReviewId()).isEqualTo(first.getId());
		assertThat(latest.getDraftText()).isEqualTo("제1조(목적) 새 본문");
	}

}
