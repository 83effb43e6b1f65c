package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text similarity of duplicate candidates: Latin words as tokens, Korean as character bigrams. */
class SimilarityTests {

	@Test
	void koreanWordsWithDifferentParticlesStillShareBigrams() {
		assertThat(Similarity.tokens("경사로를 설치")).containsExactlyInAnyOrder("경사", "사로", "로를", "설치");
		assertThat(Similarity.jaccard(Similarity.tokens("경사로를"), Similarity.tokens("경사로"))).isEqualTo(0.667);
	}

	@Test
	void latinTextIsNormalisedAndOneLetterWordsAreDropped() {
		assertThat(Similarity.tokens("Ramp, RAMP a ＲＡＭＰ 1:12")).containsExactlyInAnyOrder("ramp", "12");
		assertThat(Similarity.jaccard(Similarity.tokens("portable ramp"), Similarity.tokens("ramp portable")))
			.isEqualTo(1.0);
		assertThat(Similarity.jaccard(Similarity.tokens(""), Similarity.tokens(""))).isZero();
	}

}
