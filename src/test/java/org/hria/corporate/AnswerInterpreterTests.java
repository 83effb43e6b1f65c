package org.hria.corporate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnswerInterpreterTests {

	private static Checklist checklist;

	@BeforeAll
	static void load() throws Exception {
		checklist = Checklist.parse(Files.readAllBytes(Path.of("checklists", "corporate-hrm.csv")));
	}

	private static ItemAnswer answer(String itemId, String answer, String comment) {
		return AnswerInterpreter.interpret(checklist.item(itemId).orElseThrow(),
				new AnswerRow(2, itemId, answer, List.of(), comment));
	}

	@Test
	void mapsYesAndNoInEnglishAndKoreanOnYesNoItems() {
		assertThat(List.of("yes", "Y", "예", "2")).allSatisfy(a -> assertThat(answer("HRM-6.2", a, "").givenScore()).isEqualTo(2));
		assertThat(List.of("no", "n", "아니오", "0")).allSatisfy(a -> assertThat(answer("HRM-6.2", a, "").givenScore()).isZero());
		assertThat(answer("HRM-6.2", "1", "").findings()).containsExactly(AnswerInterpreter.OUT_OF_SCALE);
	}

	@Test
	void acceptsNaOnlyWhereAllowedAndWithAReason() {
		assertThat(answer("HRM-7.2", "해당없음", "no workers under 18").na()).isTrue();
		assertThat(answer("HRM-7.2", "NA", "").findings()).containsExactly(AnswerInterpreter.NA_WITHOUT_REASON);
		assertThat(answer("HRM-7.1", "NA", "reason").findings()).containsExactly(AnswerInterpreter.NA_NOT_ALLOWED);
		assertThat(answer("HRM-7.1", "NA", "reason").missing()).isTrue();
	}

	@Test
	void anEmptyAnswerIsMissingNeverZero() {
		ItemAnswer empty = answer("HRM-1.1", " ", "");
		assertThat(empty.missing()).isTrue();
		assertThat(empty.givenScore()).isNull();
		assertThat(empty.findings()).containsExactly(AnswerInterpreter.MISSING);
	}

	@Test
	void givesTheQuestionnaireOptionOfAStoredAnswer() {
		ChecklistItem yesNo = checklist.item("HRM-7.1").orElseThrow();
		ChecklistItem scaled = checklist.item("HRM-7.2").orElseThrow();
		assertThat(AnswerInterpreter.option(yesNo, new AnswerRow(2, "HRM-7.1", "예", List.of(), ""))).isEqualTo("yes");
		assertThat(AnswerInterpreter.option(yesNo, new AnswerRow(2, "HRM-7.1", "아니오", List.of(), ""))).isEqualTo("no");
		assertThat(AnswerInterpreter.option(scaled, new AnswerRow(2, "HRM-7.2", "해당없음", List.of(), "x"))).isEqualTo("NA");
		assertThat(AnswerInterpreter.option(scaled, new AnswerRow(2, "HRM-7.2", "3", List.of(), ""))).isEmpty();
	}

	@Test
	void roundsOnceHalfUpAtOutput() {
		assertThat(Fraction.of(5995, 100).display()).isEqualByComparingTo("60.0");
		assertThat(Fraction.of(7496, 100).display()).isEqualByComparingTo("75.0");
		assertThat(Fraction.percent(18, 26).display()).isEqualByComparingTo("69.2");
		assertThat(Fraction.of(7943, 100).minus(Fraction.of(74927, 1000)).display()).isEqualByComparingTo("4.5");
	}

}
