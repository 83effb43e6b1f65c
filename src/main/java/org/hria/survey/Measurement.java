package org.hria.survey;

/** One surveyed value of a facility, with the line and column it came from. */
public final class Measurement {

	private final Facility facility;

	private final String criterion;

	private final Quantity quantity;

	private final String note;

	private final int line;

	public Measurement(Facility facility, String criterion, Quantity quantity, String note, int line) {
		this.facility = facility;
		this.criterion = criterion;
		this.quantity = quantity;
		this.note = note;
		this.line = line;
	}

	public Facility getFacility() {
		return facility;
	}

	public String getFacilityId() {
		return facility.getFacilityId();
	}

	public String getCriterion() {
		return criterion;
	}

	public Quantity getQuantity() {
		return quantity;
	}

	public String getNote() {
		return note;
	}

	public int getLine() {
		return line;
	}

	public long count() {
		return quantity.count();
	}

	public boolean violates(Limit limit) {
		return !limit.passes(quantity);
	}

}
