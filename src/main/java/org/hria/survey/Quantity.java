package org.hria.survey;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measured or printed value with its unit, compared exactly (BigDecimal, cross-multiplied
 * slopes). A slope keeps rise and run, so {@code 1:12} is exactly one twelfth. Values of
 * different systems are compared by converting the measurement to the limit's system.
 */
public record Quantity(BigDecimal value, BigDecimal run, Unit unit) {

	private static final Set<String> YES = Set.of("yes", "y", "true", "예", "네", "있음", "o", "1");

	private static final Set<String> NO = Set.of("no", "n", "false", "아니오", "아니요", "없음", "x", "0");

	private static final Pattern RATIO = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*:\\s*(\\d+(?:\\.\\d+)?)");

	private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("([-+]?\\d+(?:\\.\\d+)?)\\s*([^\\d\\s].*)?");

	public static Quantity of(String value, Unit unit) {
		return new Quantity(new BigDecimal(value), BigDecimal.ONE, unit);
	}

	private static final Quantity TRUE = new Quantity(BigDecimal.ONE, BigDecimal.ONE, Unit.BOOLEAN);

	private static final Quantity FALSE = new Quantity(BigDecimal.ZERO, BigDecimal.ONE, Unit.BOOLEAN);

	public static Quantity bool(boolean value) {
		return value ? TRUE : FALSE;
	}

	/** A value printed in a rule table: its unit tells its dimension. */
	static Quantity printed(String text) {
		if (RATIO.matcher(text.strip()).matches()) {
			return parse(text, "", Dimension.SLOPE);
		}
		Matcher number = NUMBER_WITH_UNIT.matcher(text.strip());
		String symbol = number.matches() && number.group(2) != null ? number.group(2) : "count";
		Unit unit = Unit.parse(symbol).orElseThrow(() -> new QuantityException("unknown unit in rule table: " + text));
		return parse(text, "", unit.dimension());
	}

	/** Parses {@code value} (with {@code unitText}, or a unit written after the number) as a value of {@code expected}. */
	public static Quantity parse(String value, String unitText, Dimension expected) {
		String text = value.strip();
		String unit = unitText == null ? "" : unitText.strip();
		if (expected == Dimension.BOOLEAN) {
			return parseBoolean(text, unit);
		}
		int end = plainNumberEnd(text, 0);
		if (end == text.length()) {
			return withUnit(text, decimal(text), "", unit, expected);
		}
		if (end > 0 && text.charAt(end) == ':' && plainNumberEnd(text, end + 1) == text.length()) {
			requireDimension(expected, Dimension.SLOPE, text, false);
			return new Quantity(new BigDecimal(text.substring(0, end)), new BigDecimal(text.substring(end + 1)),
					Unit.RATIO);
		}
		return parseWithPatterns(text, unit, expected);
	}

	/**
	 * The end of an unsigned {@code 123} or {@code 12.5} starting at {@code from}, or -1: the common
	 * cells ({@code 915}, {@code 1:12}) skip the regular expressions, which cost more than the rest of a row.
	 */
	private static int plainNumberEnd(String text, int from) {
		int i = digits(text, from);
		if (i == from) {
			return -1;
		}
		if (i < text.length() && text.charAt(i) == '.') {
			int fraction = digits(text, i + 1);
			return fraction == i + 1 ? -1 : fraction;
		}
		return i;
	}

	/** A plain number; whole numbers of up to 18 digits (the usual cell) skip BigDecimal's character parsing. */
	private static BigDecimal decimal(String plain) {
		return plain.length() <= 18 && plain.indexOf('.') < 0 ? BigDecimal.valueOf(Long.parseLong(plain))
				: new BigDecimal(plain);
	}

	private static int digits(String text, int from) {
		int i = from;
		while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
			i++;
		}
		return i;
	}

	private static Quantity parseWithPatterns(String text, String unit, Dimension expected) {
		Matcher ratio = RATIO.matcher(text);
		if (ratio.matches()) {
			requireDimension(expected, Dimension.SLOPE, text, false);
			return new Quantity(new BigDecimal(ratio.group(1)), new BigDecimal(ratio.group(2)), Unit.RATIO);
		}
		Matcher number = NUMBER_WITH_UNIT.matcher(text);
		if (!number.matches()) {
			throw new QuantityException("found '" + text + "', expected a number"
					+ (expected == Dimension.SLOPE ? " or a ratio such as 1:12" : ""));
		}
		String written = number.group(2) == null ? "" : number.group(2).strip();
		return withUnit(text, new BigDecimal(number.group(1)), written, unit, expected);
	}

	private static Quantity withUnit(String text, BigDecimal amount, String written, String unit, Dimension expected) {
		if (!written.isEmpty() && !unit.isEmpty() && !written.equalsIgnoreCase(unit)) {
			throw new QuantityException("found the unit '" + written + "' in the value and '" + unit
					+ "' in the unit column; give one unit");
		}
		String symbol = written.isEmpty() ? unit : written;
		boolean apart = written.isEmpty();
		Unit parsed = symbol.isEmpty() && expected == Dimension.COUNT ? Unit.COUNT : Unit.parse(symbol)
			.orElseThrow(() -> new QuantityException((symbol.isEmpty() ? "found no unit" : "found the unit '" + symbol + "'")
					+ ", expected a unit of " + expected.name().toLowerCase(Locale.ROOT) + " (" + Unit.known(expected) + ")",
					apart));
		requireDimension(expected, parsed.dimension(), symbol, apart);
		if (parsed == Unit.COUNT && amount.stripTrailingZeros().scale() > 0) {
			throw new QuantityException("found '" + text + "', expected a whole number");
		}
		return new Quantity(amount, BigDecimal.ONE, parsed);
	}

	private static Quantity parseBoolean(String text, String unit) {
		String word = text.toLowerCase(Locale.ROOT);
		if (!unit.isEmpty() && Unit.parse(unit).filter(u -> u == Unit.BOOLEAN).isEmpty()) {
			throw new QuantityException("found the unit '" + unit + "' for a yes/no criterion; leave the unit empty", true);
		}
		if (YES.contains(word)) {
			return bool(true);
		}
		if (NO.contains(word)) {
			return bool(false);
		}
		throw new QuantityException("found '" + text + "', expected yes/no, true/false, y/n or 예/아니오");
	}

	private static void requireDimension(Dimension expected, Dimension found, String what, boolean aboutUnit) {
		if (expected != found) {
			throw new QuantityException("found '" + what + "', a unit of " + found.name().toLowerCase(Locale.ROOT)
					+ ", expected a unit of " + expected.name().toLowerCase(Locale.ROOT) + " (" + Unit.known(expected) + ")",
					aboutUnit);
		}
	}

	public Dimension dimension() {
		return unit.dimension();
	}

	public boolean isTrue() {
		return unit == Unit.BOOLEAN && value.signum() != 0;
	}

	public long count() {
		return value.longValue();
	}

	/** Negative, zero or positive as this is less than, equal to or greater than {@code limit}. */
	public int compareTo(Quantity limit) {
		if (dimension() != limit.dimension()) {
			throw new IllegalArgumentException("cannot compare " + text() + " with " + limit.text());
		}
		return switch (dimension()) {
			case SLOPE -> slopeRise().multiply(limit.slopeRun()).compareTo(limit.slopeRise().multiply(slopeRun()));
			case LENGTH, FORCE -> compareLengthOrForce(limit);
			default -> value.compareTo(limit.value);
		};
	}

	private BigDecimal base() {
		return unit.factor() == BigDecimal.ONE ? value : value.multiply(unit.factor());
	}

	/** Converts only when the systems differ, by multiplying the imperial side: exact either way. */
	private int compareLengthOrForce(Quantity limit) {
		if (unit.metric() == limit.unit.metric()) {
			return base().compareTo(limit.base());
		}
		BigDecimal perImperial = dimension() == Dimension.LENGTH ? Unit.MM_PER_INCH : Unit.NEWTONS_PER_LBF;
		return unit.metric() ? base().compareTo(limit.base().multiply(perImperial))
				: base().multiply(perImperial).compareTo(limit.base());
	}

	private BigDecimal slopeRise() {
		if (unit == Unit.DEG) {
			return BigDecimal.valueOf(Math.tan(Math.toRadians(value.doubleValue())));
		}
		return value;
	}

	private BigDecimal slopeRun() {
		return unit == Unit.PERCENT ? BigDecimal.valueOf(100) : run;
	}

	/** As a person writes it: {@code 915 mm}, {@code 1:12}, {@code 8.3 %}, {@code yes}. */
	public String text() {
		return switch (unit) {
			case BOOLEAN -> isTrue() ? "yes" : "no";
			case RATIO -> value.toPlainString() + ":" + run.toPlainString();
			case COUNT -> value.toPlainString();
			default -> value.toPlainString() + " " + unit.symbol();
		};
	}

	@Override
	public String toString() {
		return text();
	}

}
