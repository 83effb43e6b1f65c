package org.hria.survey;

/** A value that cannot be read as a quantity of the expected kind; the message says what was found and expected. */
class QuantityException extends IllegalArgumentException {

	/** True when the unit written apart from the value (a unit column or header) is what is wrong. */
	private final boolean aboutUnit;

	QuantityException(String message) {
		this(message, false);
	}

	QuantityException(String message, boolean aboutUnit) {
		super(message);
		this.aboutUnit = aboutUnit;
	}

	boolean aboutUnit() {
		return aboutUnit;
	}

}
