package org.hria.survey;

/** A value that cannot be read as a quantity of the expected kind; the message says what was found and expected. */
class QuantityException extends IllegalArgumentException {

	QuantityException(String message) {
		super(message);
	}

}
