package org.hria.recommendation;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deadline rules and the holiday calendar, read from rules/recommendations on every use (so an
 * edit needs no release), and the due-date arithmetic of spec 1.3.
 */
@Component
class Deadlines {

	private final Path deadlinesFile;

	private final Path holidaysFile;

	Deadlines(@Value("${hria.rules-dir}") Path rulesDir) {
		this.deadlinesFile = rulesDir.resolve("recommendations/deadlines.csv");
		this.holidaysFile = rulesDir.resolve("recommendations/holidays-kr.csv");
	}

	List<DeadlineRule> rules() {
		CsvData csv = CsvData.read(deadlinesFile);
		return csv.rows().stream().map(row -> toRule(csv, row)).toList();
	}

	Optional<DeadlineRule> rule(String id) {
		return rules().stream().filter(rule -> rule.id().equals(id)).findFirst();
	}

	Calendar calendar() {
		CsvData csv = CsvData.read(holidaysFile);
		Set<LocalDate> holidays = csv.rows()
			.stream()
			.map(row -> LocalDate.parse(csv.cell(row, "date")))
			.collect(Collectors.toSet());
		return new Calendar(holidays, csv.version());
	}

	private static DeadlineRule toRule(CsvData csv, CsvData.Row row) {
		return new DeadlineRule(csv.cell(row, "id"), csv.cell(row, "city"), csv.cell(row, "applies_to"),
				csv.cell(row, "trigger"), Integer.parseInt(csv.cell(row, "duration")),
				DeadlineRule.Unit.valueOf(csv.cell(row, "unit")),
				Set.copyOf(Arrays.asList(csv.cell(row, "counting").split("\\+"))),
				Integer.parseInt(csv.cell(row, "max_extension")), Integer.parseInt(csv.cell(row, "extensions_allowed")),
				csv.cell(row, "legal_basis"), csv.cell(row, "status"), csv.cell(row, "note"), row.checksum());
	}

	/** Public holidays plus weekends; {@code version} is the checksum of the holiday file. */
	record Calendar(Set<LocalDate> holidays, String version) {

		boolean isWorkingDay(LocalDate date) {
			DayOfWeek day = date.getDayOfWeek();
			return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
		}

		LocalDate rollForward(LocalDate date) {
			LocalDate result = date;
			while (!isWorkingDay(result)) {
				result = result.plusDays(1);
			}
			return result;
		}

		/**
		 * The due date of a period of {@code amount} units starting on {@code start}: the first day
		 * is not counted when the rule says so, and a period ending on a non-working day ends on
		 * the next working day.
		 */
		LocalDate due(LocalDate start, int amount, DeadlineRule.Unit unit, DeadlineRule rule) {
			LocalDate first = rule.excludesFirstDay() ? start : start.minusDays(1);
			LocalDate end = switch (unit) {
				case CALENDAR_DAYS -> first.plusDays(amount);
				case MONTHS -> first.plusMonths(amount);
				case WORKING_DAYS -> addWorkingDays(first, amount);
			};
			return rule.rollsForward() ? rollForward(end) : end;
		}

		private LocalDate addWorkingDays(LocalDate from, int days) {
			LocalDate date = from;
			int counted = 0;
			while (counted < days) {
				date = date.plusDays(1);
				if (isWorkingDay(date)) {
					counted++;
				}
			}
			return date;
		}

	}

}
