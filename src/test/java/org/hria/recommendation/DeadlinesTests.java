package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeadlinesTests {

	private final Deadlines deadlines = new Deadlines(Path.of("rules"));

	@Test
	void ninetyDaysFromReceiptEndingOnASundayRollToMonday() {
		DeadlineRule rule = deadlines.rule("GJ-COMMITTEE-90").orElseThrow();
		LocalDate due = deadlines.calendar().due(LocalDate.parse("2027-03-15"), 90, rule.unit(), rule);
		assertThat(due).isEqualTo("2027-06-14");
		assertThat(rule.status()).isEqualTo("U");
		assertThat(rule.version()).hasSize(16);
	}

	@Test
	void aPeriodEndingInChuseokEndsOnTheNextWorkingDay() {
		DeadlineRule rule = deadlines.rule("PETITION-90").orElseThrow();
		// 2027-09-12 + 2 days = Tue 2027-09-14, the first day of Chuseok (14-16), so Friday the 17th
		assertThat(deadlines.calendar().due(LocalDate.parse("2027-09-12"), 2, DeadlineRule.Unit.CALENDAR_DAYS, rule))
			.isEqualTo("2027-09-17");
	}

	@Test
	void workingDaysSkipWeekendsAndSubstituteHolidays() {
		DeadlineRule rule = deadlines.rule("CIVIL-GRIEVANCE-7").orElseThrow();
		// received Thu 2027-09-30: Fri 1, Mon 4 Oct is the substitute holiday, Tue 5 .. Fri 8, Mon 11 is
		// the substitute of Hangul Day, Tue 12 is the 6th, Wed 13 the 7th working day
		assertThat(deadlines.calendar().due(LocalDate.parse("2027-09-30"), 7, rule.unit(), rule))
			.isEqualTo("2027-10-13");
	}

	@Test
	void monthsCountFromTheDayAfterReceipt() {
		DeadlineRule rule = deadlines.rule("SE-OMBUDSPERSON-3M").orElseThrow();
		// 2026-05-20 + 3 months = Thu 2026-08-20
		assertThat(deadlines.calendar().due(LocalDate.parse("2026-05-20"), 3, rule.unit(), rule)).isEqualTo("2026-08-20");
	}

	@Test
	void listsTheDefaultRulesWithBasisAndStatus() {
		assertThat(deadlines.rules()).extracting(DeadlineRule::id)
			.contains("GJ-COMMITTEE-90", "SE-COMMITTEE-90", "NHRCK-90");
		assertThat(deadlines.rules()).allSatisfy(rule -> {
			assertThat(rule.legalBasis()).isNotBlank();
			assertThat(List.of("V", "V2", "U")).contains(rule.status());
		});
	}

	@Test
	void aRowsVersionChangesOnlyWhenThatRowChanges() {
		String header = "id,city,applies_to,trigger,duration,unit,counting,max_extension,extensions_allowed,"
				+ "legal_basis,status,note\n";
		String a = "A,GJ,X,RECEIVED,90,CALENDAR_DAYS,EXCLUDE_FIRST_DAY,60,1,b,U,n\n";
		String b = "B,GJ,X,RECEIVED,30,CALENDAR_DAYS,EXCLUDE_FIRST_DAY,0,0,b,U,n\n";
		CsvData before = CsvData.parse("# comment\n" + header + a + b);
		CsvData after = CsvData.parse("# comment\n" + header + a + b.replace(",30,", ",45,"));
		assertThat(after.rows().get(0).checksum()).isEqualTo(before.rows().get(0).checksum());
		assertThat(after.rows().get(1).checksum()).isNotEqualTo(before.rows().get(1).checksum());
		assertThat(after.version()).isNotEqualTo(before.version());
	}

}
