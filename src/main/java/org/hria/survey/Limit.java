package org.hria.survey;

/**
 * A threshold as the standard prints it: a metric value and, where the standard prints one, an
 * imperial value ({@code "915 mm / 36 in"}). A measurement is compared with the value printed
 * in its own system, so 36 in and 915 mm both pass a 36 in (915 mm) minimum.
 */
public record Limit(Comparison comparison, Quantity metric, Quantity imperial) {

	/** Parsed cells: pure functions of the text, so a cache shared by all sessions is safe. */
	private static final java.util.Map<String, Limit> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

	/** Reads a table cell such as {@code MIN 915 mm / 36 in}, {@code MAX 1:12} or {@code YES}. */
	public static Limit of(String cell) {
		return PARSED.computeIfAbsent(cell, Limit::parse);
	}

	private static Limit parse(String cell) {
		String text = cell.strip();
		int space = text.indexOf(' ');
		Comparison how = Comparison.valueOf(space < 0 ? text : text.substring(0, space));
		if (how == Comparison.YES || how == Comparison.NO) {
			return new Limit(how, Quantity.bool(how == Comparison.YES), null);
		}
		Quantity metric = null;
		Quantity imperial = null;
		for (String part : text.substring(space + 1).split("\\s+/\\s+")) {
			Quantity quantity = Quantity.printed(part);
			if (quantity.unit().metric()) {
				metric = quantity;
			}
			else {
				imperial = quantity;
			}
		}
		return new Limit(how, metric, imperial);
	}

	/** The printed value a measurement in {@code unit} is compared with. */
	public Quantity printedFor(Quantity measured) {
		if (metric == null) {
			return imperial;
		}
		return measured.unit().metric() || imperial == null ? metric : imperial;
	}

	public boolean passes(Quantity measured) {
		return comparison.passes(measured, printedFor(measured));
	}

	public String requiredFor(Quantity measured) {
		return comparison.describe(printedFor(measured));
	}

}
