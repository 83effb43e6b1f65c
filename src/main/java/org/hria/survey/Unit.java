package org.hria.survey;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units a survey may use. Lengths and forces belong to a system (metric or imperial) so a
 * measurement is compared with the value the standard prints in that system; {@code factor}
 * converts to the system's base unit (mm, in, N, lbf).
 */
public enum Unit {

	MM("mm", Dimension.LENGTH, true, "1"), CM("cm", Dimension.LENGTH, true, "10"),
	M("m", Dimension.LENGTH, true, "1000"), IN("in", Dimension.LENGTH, false, "1"),
	FT("ft", Dimension.LENGTH, false, "12"), RATIO("ratio", Dimension.SLOPE, true, "1"),
	PERCENT("%", Dimension.SLOPE, true, "1"), DEG("deg", Dimension.SLOPE, true, "1"),
	N("N", Dimension.FORCE, true, "1"), LBF("lbf", Dimension.FORCE, false, "1"),
	COUNT("count", Dimension.COUNT, true, "1"), BOOLEAN("", Dimension.BOOLEAN, true, "1");

	/** Exact by definition of the inch (1959). */
	static final BigDecimal MM_PER_INCH = new BigDecimal("25.4");

	/** Exact by definition of the pound-force (g_n × avoirdupois pound). */
	static final BigDecimal NEWTONS_PER_LBF = new BigDecimal("4.4482216152605");

	private static final Map<String, Unit> ALIASES = Map.ofEntries(Map.entry("mm", MM), Map.entry("cm", CM),
			Map.entry("m", M), Map.entry("in", IN), Map.entry("inch", IN), Map.entry("inches", IN),
			Map.entry("\"", IN), Map.entry("ft", FT), Map.entry("feet", FT), Map.entry("foot", FT),
			Map.entry("'", FT), Map.entry("ratio", RATIO), Map.entry("%", PERCENT), Map.entry("percent", PERCENT),
			Map.entry("deg", DEG), Map.entry("°", DEG), Map.entry("degree", DEG), Map.entry("degrees", DEG),
			Map.entry("n", N), Map.entry("lbf", LBF), Map.entry("lb", LBF), Map.entry("count", COUNT),
			Map.entry("개", COUNT), Map.entry("bool", BOOLEAN), Map.entry("boolean", BOOLEAN),
			Map.entry("yes/no", BOOLEAN), Map.entry("㎜", MM), Map.entry("㎝", CM));

	private final String symbol;

	private final Dimension dimension;

	private final boolean metric;

	private final BigDecimal factor;

	Unit(String symbol, Dimension dimension, boolean metric, String factor) {
		this.symbol = symbol;
		this.dimension = dimension;
		this.metric = metric;
		this.factor = "1".equals(factor) ? BigDecimal.ONE : new BigDecimal(factor);
	}

	public static Optional<Unit> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Unit exact = ALIASES.get(text);
		return Optional.ofNullable(exact != null ? exact : ALIASES.get(text.strip().toLowerCase(Locale.ROOT)));
	}

	public String symbol() {
		return symbol;
	}

	public Dimension dimension() {
		return dimension;
	}

	public boolean metric() {
		return metric;
	}

	BigDecimal factor() {
		return factor;
	}

	/** The symbols of one dimension's units, as a template writes them ({@code mm cm m in ft}). */
	static String known(Dimension dimension) {
		return java.util.Arrays.stream(values())
			.filter(unit -> unit.dimension == dimension && !unit.symbol.isEmpty())
			.map(Unit::symbol)
			.collect(java.util.stream.Collectors.joining(" "));
	}

}
