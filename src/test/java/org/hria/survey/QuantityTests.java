package org.hria.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuantityTests {

	private static final Limit ADA_ROUTE = Limit.of("MIN 915 mm / 36 in");

	private static final Limit RAMP = Limit.of("MAX 1:12");

	private static boolean passes(Limit limit, String value, String unit, Dimension dimension) {
		return limit.passes(Quantity.parse(value, unit, dimension));
	}

	@Test
	void comparesInchesWithTheInchesTheStandardPrints() {
		assertThat(passes(ADA_ROUTE, "36", "in", Dimension.LENGTH)).isTrue();
		assertThat(passes(ADA_ROUTE, "3", "ft", Dimension.LENGTH)).isTrue();
		assertThat(passes(ADA_ROUTE, "35.9", "in", Dimension.LENGTH)).isFalse();
		assertThat(ADA_ROUTE.requiredFor(Quantity.parse("35", "in", Dimension.LENGTH))).isEqualTo("≥ 36 in");
	}

	@Test
	void comparesMillimetresWithTheMillimetresTheStandardPrints() {
		assertThat(passes(ADA_ROUTE, "915", "mm", Dimension.LENGTH)).isTrue();
		assertThat(passes(ADA_ROUTE, "91.5", "cm", Dimension.LENGTH)).isTrue();
		assertThat(passes(ADA_ROUTE, "914", "mm", Dimension.LENGTH)).isFalse();
		assertThat(ADA_ROUTE.requiredFor(Quantity.parse("914", "mm", Dimension.LENGTH))).isEqualTo("≥ 915 mm");
	}

	@Test
	void convertsExactlyWhenTheStandardPrintsOnlyTheOtherSystem() {
		Limit koreanDoor = Limit.of("MIN 0.9 m");
		assertThat(passes(koreanDoor, "900", "mm", Dimension.LENGTH)).isTrue();
		assertThat(passes(koreanDoor, "899", "mm", Dimension.LENGTH)).isFalse();
		assertThat(passes(koreanDoor, "35.5", "in", Dimension.LENGTH)).isTrue();
		assertThat(passes(koreanDoor, "35.4", "in", Dimension.LENGTH)).isFalse();
		assertThat(passes(Limit.of("MIN 3 in"), "76.2", "mm", Dimension.LENGTH)).isTrue();
		assertThat(passes(Limit.of("MIN 3 in"), "76.1", "mm", Dimension.LENGTH)).isFalse();
	}

	@Test
	void aSlopeOfOneInTwelvePassesAndOneInElevenPointNineFails() {
		assertThat(passes(RAMP, "1:12", "", Dimension.SLOPE)).isTrue();
		assertThat(passes(RAMP, "1:11.9", "", Dimension.SLOPE)).isFalse();
		assertThat(passes(RAMP, "1:20", "ratio", Dimension.SLOPE)).isTrue();
	}

	@Test
	void comparesPercentAndDegreesWithARatio() {
		assertThat(passes(RAMP, "8.33", "%", Dimension.SLOPE)).isTrue();
		assertThat(passes(RAMP, "8.34", "%", Dimension.SLOPE)).isFalse();
		assertThat(passes(RAMP, "4.76", "deg", Dimension.SLOPE)).isTrue();
		assertThat(passes(RAMP, "4.77", "deg", Dimension.SLOPE)).isFalse();
		assertThat(passes(Limit.of("MAX 1:50"), "2", "%", Dimension.SLOPE)).isTrue();
	}

	@Test
	void comparesForcesInTheirOwnSystem() {
		Limit force = Limit.of("MAX 22.2 N / 5 lbf");
		assertThat(passes(force, "5", "lbf", Dimension.FORCE)).isTrue();
		assertThat(passes(force, "5.1", "lbf", Dimension.FORCE)).isFalse();
		assertThat(passes(force, "22.2", "N", Dimension.FORCE)).isTrue();
		assertThat(passes(force, "22.3", "N", Dimension.FORCE)).isFalse();
	}

	@Test
	void readsBooleansInKoreanAndEnglish() {
		for (String yes : new String[] { "yes", "Y", "true", "예", "있음" }) {
			assertThat(Quantity.parse(yes, "", Dimension.BOOLEAN).isTrue()).as(yes).isTrue();
		}
		for (String no : new String[] { "no", "n", "FALSE", "아니오", "아니요", "없음" }) {
			assertThat(Quantity.parse(no, "", Dimension.BOOLEAN).isTrue()).as(no).isFalse();
		}
		assertThat(Limit.of("YES").passes(Quantity.parse("예", "", Dimension.BOOLEAN))).isTrue();
	}

	@Test
	void readsAUnitWrittenInTheValue() {
		assertThat(Quantity.parse("90 cm", null, Dimension.LENGTH).text()).isEqualTo("90 cm");
		assertThat(Quantity.parse("12", "", Dimension.COUNT).count()).isEqualTo(12);
	}

	@Test
	void rejectsAUnitOfTheWrongKind() {
		assertThatThrownBy(() -> Quantity.parse("850", "N", Dimension.LENGTH)).isInstanceOf(QuantityException.class)
			.hasMessageContaining("a unit of force, expected a unit of length");
		assertThatThrownBy(() -> Quantity.parse("1:12", "", Dimension.LENGTH)).hasMessageContaining("expected a unit of length");
		assertThatThrownBy(() -> Quantity.parse("850", "", Dimension.LENGTH)).hasMessageContaining("found no unit");
		assertThatThrownBy(() -> Quantity.parse("maybe", "", Dimension.BOOLEAN)).hasMessageContaining("expected yes/no");
		assertThatThrownBy(() -> Quantity.parse("2.5", "", Dimension.COUNT)).hasMessageContaining("whole number");
	}

	@Test
	void namesTheUnitsOfTheExpectedKindAndSaysWhenTheUnitColumnIsWrong() {
		assertThatThrownBy(() -> Quantity.parse("850", "kg", Dimension.LENGTH))
			.hasMessage("found the unit 'kg', expected a unit of length (mm cm m in ft)")
			.satisfies(ex -> assertThat(((QuantityException) ex).aboutUnit()).isTrue());
		assertThatThrownBy(() -> Quantity.parse("850 kg", "", Dimension.LENGTH))
			.satisfies(ex -> assertThat(((QuantityException) ex).aboutUnit()).isFalse());
		assertThatThrownBy(() -> Quantity.parse("40", "", Dimension.FORCE)).hasMessage("found no unit, expected a unit of force (N lbf)");
	}

	@Test
	void countsRoundUpAsTheTablesSay() {
		assertThat(Requirement.parse("2%").required(1000)).isEqualTo(20);
		assertThat(Requirement.parse("2%").required(501)).isEqualTo(11);
		assertThat(Requirement.parse("20 + 1 per 100 over 1000").required(1001)).isEqualTo(21);
		assertThat(Requirement.parse("6 + 1 per 150 over 500").required(650)).isEqualTo(7);
		assertThat(Requirement.parse("6 + 1 per 150 over 500").required(651)).isEqualTo(8);
		assertThat(Requirement.parse("1 per 6").required(7)).isEqualTo(2);
		assertThat(Requirement.parse("5% min 1").required(3)).isEqualTo(1);
		assertThat(Requirement.parse("5% min 1").required(41)).isEqualTo(3);
	}

	@Test
	void suggestsTheNearestKnownCriteria() {
		assertThat(Criteria.catalogue().nearest("entrance.door_width")).contains("entrance.door_clear_width");
	}

}
