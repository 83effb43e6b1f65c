package org.hria.ordinance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the numbers rules compare with thresholds: 과태료 amounts, committee members per sex, the pre-announcement period. */
final class Measures {

	private static final Pattern AMOUNT = Pattern
		.compile("(\\d[\\d,]*)\\s*(억|천만|백만|십만|만|천)?\\s*원");

	private static final Pattern MEN = Pattern.compile("남(?:성|자)\\s*(?:위원)?\\s*(\\d+)\\s*(?:명|인)");

	private static final Pattern WOMEN = Pattern.compile("여(?:성|자)\\s*(?:위원)?\\s*(\\d+)\\s*(?:명|인)");

	private static final Pattern EX_OFFICIO = Pattern.compile("당연직[^\\d\\n]{0,15}(\\d+)\\s*(?:명|인)");

	private static final Pattern PERIOD = Pattern.compile(
			"(?:입법예고|pre-?announcement)[^\\d\\n]{0,20}(\\d{4})\\s*[-.]\\s*(\\d{1,2})\\s*[-.]\\s*(\\d{1,2})\\.?\\s*[~∼〜–-]\\s*(\\d{4})\\s*[-.]\\s*(\\d{1,2})\\s*[-.]\\s*(\\d{1,2})",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DATES = Pattern.compile(
			"(\\d{4})\\s*[-.]\\s*(\\d{1,2})\\s*[-.]\\s*(\\d{1,2})\\.?\\s*[~∼〜–-]\\s*(\\d{4})\\s*[-.]\\s*(\\d{1,2})\\s*[-.]\\s*(\\d{1,2})");

	private Measures() {
	}

	static List<Object> of(DraftText draft, List<ClauseFact> clauses) {
		List<Object> measures = new ArrayList<>();
		for (ClauseFact clause : clauses) {
			String text = draft.text().substring(clause.getStart(), clause.getEnd());
			String title = String.valueOf(clause.getArticle().getTitle());
			if (text.contains("과태료") || title.contains("과태료")) {
				fines(clause, text, measures);
			}
			committee(clause, text).ifPresent(measures::add);
		}
		// the matching text is lower-cased, so the prefix "pre" finds "Pre-announcement" too
		period(draft.matchText(), PERIOD, "입법예고", "pre").ifPresent(measures::add);
		return measures;
	}

	/** The period given with the submission, such as {@code 2026-03-02 ~ 2026-03-13}. */
	static Optional<PreAnnouncement> period(String value) {
		return value == null ? Optional.empty() : period(value, DATES, "0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
	}

	private static void fines(ClauseFact clause, String text, List<Object> measures) {
		Matcher m = AMOUNT.matcher(text);
		while (m.find()) {
			long number = Long.parseLong(m.group(1).replace(",", ""));
			long unit = switch (m.group(2) == null ? "" : m.group(2)) {
				case "억" -> 100_000_000L;
				case "천만" -> 10_000_000L;
				case "백만" -> 1_000_000L;
				case "십만" -> 100_000L;
				case "만" -> 10_000L;
				case "천" -> 1_000L;
				default -> 1L;
			};
			measures.add(new FineAmount(clause, number * unit, clause.getStart() + m.start(), clause.getStart() + m.end()));
		}
	}

	private static Optional<CommitteeCounts> committee(ClauseFact clause, String text) {
		if (!text.contains("위원")) {
			return Optional.empty();
		}
		int men = count(MEN, text);
		int women = count(WOMEN, text);
		int exOfficio = count(EX_OFFICIO, text);
		return men + women + exOfficio == 0 ? Optional.empty()
				: Optional.of(new CommitteeCounts(clause, men, women, exOfficio));
	}

	private static int count(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		int sum = 0;
		while (m.find()) {
			sum += Integer.parseInt(m.group(1));
		}
		return sum;
	}

	private static Optional<PreAnnouncement> period(String text, Pattern pattern, String... prefixes) {
		Matcher m = pattern.matcher(text);
		if (!Prefilter.find(m, text, 0, prefixes)) {
			return Optional.empty();
		}
		try {
			return Optional.of(new PreAnnouncement(date(m, 1), date(m, 4)));
		}
		catch (java.time.DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static LocalDate date(Matcher m, int group) {
		return LocalDate.of(Integer.parseInt(m.group(group)), Integer.parseInt(m.group(group + 1)),
				Integer.parseInt(m.group(group + 2)));
	}

}
