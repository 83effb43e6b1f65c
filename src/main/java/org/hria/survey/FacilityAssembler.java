package org.hria.survey;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns a stream of (facility, criterion, value) cells into facilities, handing each finished
 * facility to the sink as soon as the next one starts, so memory does not grow with the number
 * of facilities. Validates what a single cell cannot: unknown criteria, criteria of another
 * kind, duplicates, and a facility whose rows are not together. Once an error is found the sink
 * gets nothing more (the upload is all or nothing).
 */
final class FacilityAssembler {

	private final String profile;

	private final FacilityKind defaultKind;

	private final InputErrors errors;

	private final Consumer<Facility> sink;

	private final Set<String> finished = new HashSet<>();

	private Facility current;

	FacilityAssembler(String profile, FacilityKind defaultKind, InputErrors errors, Consumer<Facility> sink) {
		this.profile = profile;
		this.defaultKind = defaultKind;
		this.errors = errors;
		this.sink = sink;
	}

	/** Starts (or continues) a facility; returns null when the row cannot belong to one. */
	Facility facility(String id, String name, String kindText, int line, Integer idColumn, Integer kindColumn) {
		if (id == null || id.isBlank()) {
			errors.add(line, idColumn, "found an empty facility_id, expected the id of the surveyed facility");
			return null;
		}
		String facilityId = id.strip();
		if (current != null && current.getFacilityId().equals(facilityId)) {
			return current;
		}
		if (finished.contains(facilityId)) {
			errors.add(line, idColumn, "found facility_id '" + facilityId
					+ "' again after other facilities; expected each facility's rows together (sort by facility_id)");
			return null;
		}
		FacilityKind kind = defaultKind;
		if (kindText != null && !kindText.isBlank()) {
			kind = FacilityKind.parse(kindText).orElse(null);
			if (kind == null) {
				errors.add(line, kindColumn, "found the kind '" + kindText.strip()
						+ "', expected BUILDING, POLLING_STATION or EVENT");
				return null;
			}
		}
		finish();
		current = new Facility(facilityId, name == null || name.isBlank() ? facilityId : name.strip(), kind, profile,
				line);
		return current;
	}

	/**
	 * Adds one non-blank value; {@code unit} may be null when the value carries its unit. An error
	 * about a unit written apart is reported at {@code unitColumn} when there is one.
	 */
	void measure(Facility facility, String criterionText, Integer criterionColumn, String value, Integer valueColumn,
			String unit, Integer unitColumn, String note, int line) {
		Criterion criterion = Criteria.catalogue().find(criterionText).orElse(null);
		if (criterion == null) {
			errors.add(line, criterionColumn, "found the unknown criterion '" + criterionText.strip()
					+ "'; expected a known id such as " + String.join(", ", Criteria.catalogue().nearest(criterionText)));
			return;
		}
		if (!criterion.appliesTo(facility.getKind())) {
			errors.add(line, criterionColumn, "found the criterion " + criterion.id() + ", which does not apply to a "
					+ facility.getKind() + "; expected criteria of kinds " + criterion.kinds() + " only");
			return;
		}
		Quantity quantity;
		try {
			quantity = Quantity.parse(value, unit, criterion.dimension());
		}
		catch (QuantityException | NumberFormatException ex) {
			String where = criterionColumn == null && note != null ? " (at " + note + ")" : "";
			boolean atUnit = ex instanceof QuantityException quantityError && quantityError.aboutUnit() && unitColumn != null;
			errors.add(line, atUnit ? unitColumn : valueColumn, criterion.id() + where + ": " + ex.getMessage());
			return;
		}
		Measurement first = facility.measurement(criterion.id());
		if (first != null) {
			errors.add(line, criterionColumn, "found " + criterion.id() + " for facility " + facility.getFacilityId()
					+ " again (first on line " + first.getLine() + "); expected one value per facility and criterion");
			return;
		}
		facility.add(new Measurement(facility, criterion.id(), quantity, note, line));
	}

	/** Hands the current facility to the sink (unless an error was found) and forgets it. */
	void finish() {
		if (current == null) {
			return;
		}
		finished.add(current.getFacilityId());
		if (!errors.any()) {
			sink.accept(current);
		}
		current = null;
	}

}
