package org.hria.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A counting formula as the standards word it, read from a rule-table cell: {@code 4},
 * {@code 2%}, {@code 5% min 1}, {@code 1 per 6}, {@code 20 + 1 per 100 over 1000}. Fractions
 * round up ("or fraction thereof").
 */
public record Requirement(long base, BigDecimal percent, long per, long divisor, long over, long minimum) {

	private static final Pattern FIXED = Pattern.compile("(\\d+)");

	private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%(?: min (\\d+))?");

	private static final Pattern PER = Pattern
		.compile("(?:(\\d+) \\+ )?(\\d+) per (\\d+)(?: over (\\d+))?(?: min (\\d+))?");

	private static final java.util.Map<String, Requirement> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

	/** Parsed formulas are pure functions of the text, so they are cached. */
	public static Requirement parse(String text) {
		return PARSED.computeIfAbsent(text, Requirement::read);
	}

	private static Requirement read(String text) {
		String formula = text.strip();
		Matcher matcher = FIXED.matcher(formula);
		if (matcher.matches()) {
			return new Requirement(Long.parseLong(formula), null, 0, 1, 0, 0);
		}
		matcher = PERCENT.matcher(formula);
		if (matcher.matches()) {
			return new Requirement(0, new BigDecimal(matcher.group(1)), 0, 1, 0, number(matcher.group(2)));
		}
		matcher = PER.matcher(formula);
		if (matcher.matches()) {
			return new Requirement(number(matcher.group(1)), null, Long.parseLong(matcher.group(2)),
					Long.parseLong(matcher.group(3)), number(matcher.group(4)), number(matcher.group(5)));
		}
		throw new IllegalArgumentException("cannot read the counting formula '" + text + "'");
	}

	public Long required(long total) {
		long required = base;
		if (percent != null) {
			required += BigDecimal.valueOf(total).multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
				.longValueExact();
		}
		else if (per > 0) {
			long over = Math.max(0, total - this.over);
			required += per * ((over + divisor - 1) / divisor);
		}
		return Math.max(required, minimum);
	}

	private static long number(String text) {
		return text == null ? 0 : Long.parseLong(text);
	}

}
