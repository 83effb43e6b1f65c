package org.hria.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A surveyed facility as the rules see it: identity, kind, profile and its measurements by criterion. */
public final class Facility {

	private static final Pattern CONDITION = Pattern
		.compile("(!?)([a-z_.]+)\\s*(<=|>=|!=|=|<|>)\\s*(.+)");

	/** Parsed conditions and printed values: pure functions of the rule text, so shared by all sessions. */
	private static final Map<String, List<Condition>> CONDITIONS = new ConcurrentHashMap<>();

	private static final Map<String, Quantity> PRINTED = new ConcurrentHashMap<>();

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

	/** The criteria measured, in the order of the survey. */
	public List<String> surveyedCriteria() {
		return List.copyOf(measurements.keySet());
	}

	/** The measurement of {@code criterion}, or null when it was not surveyed. */
	public Measurement measurement(String criterion) {
		return measurements.get(criterion);
	}

	/** The limit a threshold row prints ({@code MIN 915 mm / 36 in}), parsed once per rule base. */
	public Limit limit(String cell) {
		return Limit.of(cell);
	}

	/** True when {@code criterion} was surveyed and its value does not pass {@code limit}. */
	public boolean fails(String criterion, Limit limit) {
		Measurement measurement = measurements.get(criterion);
		return measurement != null && measurement.violates(limit);
	}

	/** A counting formula from a table row ({@code 5% min 1}), parsed once per rule base. */
	public Requirement requirement(String formula) {
		return Requirement.parse(formula);
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
		for (Condition part : CONDITIONS.computeIfAbsent(condition, Facility::conditions)) {
			Measurement measurement = measurements.get(part.criterion());
			boolean holds = measurement != null && compare(measurement.getQuantity(), part.operator(), part.value());
			if (part.negated() == holds) {
				return false;
			}
		}
		return true;
	}

	/** One comparison of a rule condition, read once per condition text (the rules ask it for every facility). */
	private record Condition(boolean negated, String criterion, String operator, String value) {
	}

	private static List<Condition> conditions(String condition) {
		List<Condition> parts = new ArrayList<>();
		for (String part : condition.split(" & ")) {
			Matcher matcher = CONDITION.matcher(part.strip());
			if (!matcher.matches()) {
				throw new IllegalArgumentException("cannot read the rule condition '" + condition + "'");
			}
			parts.add(new Condition(!matcher.group(1).isEmpty(), matcher.group(2), matcher.group(3), matcher.group(4)));
		}
		return List.copyOf(parts);
	}

	/** {@code value} may print both systems ({@code 150 mm / 6 in}): the measurement's own is used. */
	private static boolean compare(Quantity measured, String operator, String value) {
		Quantity limit = null;
		for (String part : value.split("\\s+/\\s+")) {
			Quantity printed = PRINTED.computeIfAbsent(measured.dimension().name() + ' ' + part,
					key -> Quantity.parse(part, "", measured.dimension()));
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
