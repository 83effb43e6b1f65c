package org.hria.ordinance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rule's basis text becomes one legal-basis entry per cited instrument, with its article and status. */
class LegalBasesTests {

	@Test
	void readsInstrumentArticleAndStatusOfEachEntry() {
		assertThat(LegalBases.parse("Constitution Art. 11(1) (V); 개인정보 보호법 제23조 (U)")).containsExactly(
				new Finding.LegalBasis("Constitution", "Art. 11(1)", "V"),
				new Finding.LegalBasis("개인정보 보호법", "제23조", "U"));
	}

	@Test
	void keepsANoteInsideTheStatusWithinItsEntry() {
		assertThat(LegalBases.parse("NHRCK Act Art. 2(3) (V); Framework Act on Gender Equality (V: act exists; article U)"))
			.containsExactly(new Finding.LegalBasis("NHRCK Act", "Art. 2(3)", "V"),
					new Finding.LegalBasis("Framework Act on Gender Equality", null, "V"));
	}

	@Test
	void keepsTextWithoutAStatusAsTheInstrument() {
		assertThat(LegalBases.parse("surveys.md; ORD-DISC-001/002")).containsExactly(
				new Finding.LegalBasis("surveys.md", null, null), new Finding.LegalBasis("ORD-DISC-001/002", null, null));
	}

}
