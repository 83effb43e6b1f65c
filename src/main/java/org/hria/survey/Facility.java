package org.hria.survey;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A surveyed facility as the rules see it: identity, kind, profile and its measurements by criterion. */
public final class Facility {

	private static final Pattern CONDITION = Pattern
		.compile("(!?)([a-z_.]+)\\s*(<=|>=|!=|=|<|>)\\s*(.+)");

	private final String facilityId;

	private final String name;

	private final FacilityKind kind;

	private final String profile;

	private final int line;

	private final Map<String, Measurement> measurements = new LinkedHashMap<>();

	public Facility(String facilityId, String name, FacilityKind kind, String profile, int line) {
		this.facilityId = facilityId;
		this.name = name;
		this.kind = kind;
		this.profile = profile;
		this.line = line;
	}

	public String getFacilityId() {
		return facilityId;
	}

	public String getName() {
		return name;
	}

	public FacilityKind getKind() {
		return kind;
	}

	public String getProfile() {
		return profile;
	}

	public int getLine() {
		return line;
	}

	public boolean kindIn(String letters) {
		return letters.indexOf(kind.letter()) >= 0;
	}

	public boolean surveyed(String criterion) {
		return measurements.containsKey(criterion);
	}

	public Collection<Measurement> getMeasurements() {
		return measurements.values();
	}

	/** False when a measurement of that criterion already exists. */
	boolean add(Measurement measurement) {
		return measurements.putIfAbsent(measurement.getCriterion(), measurement) == null;
	}

	/**
	 * A condition from a rule table such as {@code entrance.door_double_leaf=yes},
	 * {@code service.floor>1} or {@code !entrance.step_height<=150 mm}, joined by {@code &}; false when the criterion
	 * was not surveyed (so a negated condition is then true).
	 */
	public boolean holds(String condition) {
		if (condition.contains(" & ")) {
			for (String part : condition.split(" & ")) {
				if (!holds(part)) {
					return false;
				}
			}
			return true;
		}
		Matcher matcher = CONDITION.matcher(condition.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("cannot read the rule condition '" + condition + "'");
		}
		boolean negated = !matcher.group(1).isEmpty();
		Measurement measurement = measurements.get(matcher.group(2));
		boolean holds = measurement != null && compare(measurement.getQuantity(), matcher.group(3), matcher.group(4));
		return negated != holds;
	}

	/** {@code value} may print both systems ({@code 150 mm / 6 in}): the measurement's own is used. */
	private static boolean compare(Quantity measured, String operator, String value) {
		Quantity limit = null;
		for (String part : value.split("\\s+/\\s+")) {
			Quantity printed = Quantity.parse(part, "", measured.dimension());
			if (limit == null || printed.unit().metric() == measured.unit().metric()) {
				limit = printed;
			}
		}
		int order = measured.compareTo(limit);
		return switch (operator) {
			case "<=" -> order <= 0;
			case ">=" -> order >= 0;
			case "<" -> order < 0;
			case ">" -> order > 0;
			case "!=" -> order != 0;
			default -> order == 0;
		};
	}

}
