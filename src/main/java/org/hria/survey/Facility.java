package org.hria.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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

	private static final Map<String, Pattern> PROFILE_PATTERNS = new ConcurrentHashMap<>();

	private final String facilityId;

	private final String name;

	private final FacilityKind kind;

	private final String profile;

	private final int line;

	private final Map<String, Measurement> measurements = new HashMap<>();

	/** The criteria in the order of the survey, kept apart so reading them copies nothing. */
	private final List<String> criteria = new ArrayList<>();

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

	/** True when the profile matches a table's profile pattern ({@code kr|us-ada}), compiled once per pattern. */
	public boolean profileMatches(String pattern) {
		return PROFILE_PATTERNS.computeIfAbsent(pattern, Pattern::compile).matcher(profile).matches();
	}

	public boolean kindIn(String letters) {
		return letters.indexOf(kind.letter()) >= 0;
	}

	public boolean surveyed(String criterion) {
		return measurements.containsKey(criterion);
	}

	/** The criteria measured, in the order of the survey. */
	public List<String> surveyedCriteria() {
		return Collections.unmodifiableList(criteria);
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
		if (measurements.putIfAbsent(measurement.getCriterion(), measurement) != null) {
			return false;
		}
		criteria.add(measurement.getCriterion());
		return true;
	}

	/**
	 * A condition from a rule table such as {@code entrance.door_double_leaf=yes},
	 * {@code service.floor>1} or {@code !entrance.step_height<=150 mm}, joined by {@code &}; false when the criterion
	 * was not surveyed (so a negated condition is then true). No condition (null) always holds.
	 */
	public boolean holds(String condition) {
		if (condition == null) {
			return true;
		}
		for (Condition part : CONDITIONS.computeIfAbsent(condition, Facility::conditions)) {
			Measurement measurement = measurements.get(part.criterion());
			boolean holds = measurement != null && part.holdsFor(measurement.getQuantity());
			if (part.negated() == holds) {
				return false;
			}
		}
		return true;
	}

	/**
	 * One comparison of a rule condition, read once per condition text (the rules ask it for every
	 * facility); {@code printed} holds the value as printed in each system ({@code 150 mm / 6 in}).
	 */
	private record Condition(boolean negated, String criterion, String operator, List<Quantity> printed) {

		/** The measurement is compared with the value printed in its own system, or the first one. */
		boolean holdsFor(Quantity measured) {
			Quantity limit = printed.get(0);
			for (Quantity value : printed) {
				if (value.unit().metric() == measured.unit().metric()) {
					limit = value;
					break;
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

	private static List<Condition> conditions(String condition) {
		List<Condition> parts = new ArrayList<>();
		for (String part : condition.split(" & ")) {
			Matcher matcher = CONDITION.matcher(part.strip());
			if (!matcher.matches()) {
				throw new IllegalArgumentException("cannot read the rule condition '" + condition + "'");
			}
			String criterion = matcher.group(2);
			// A criterion the catalogue does not know is never measured, so the condition never holds.
			Dimension dimension = Criteria.catalogue().find(criterion).map(Criterion::dimension).orElse(null);
			List<Quantity> printed = new ArrayList<>();
			for (String value : dimension == null ? new String[0] : matcher.group(4).split("\\s+/\\s+")) {
				printed.add(Quantity.parse(value, "", dimension));
			}
			parts.add(new Condition(!matcher.group(1).isEmpty(), criterion, matcher.group(3), List.copyOf(printed)));
		}
		return List.copyOf(parts);
	}

}
