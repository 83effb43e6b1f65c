package org.hria.demo;

import java.math.BigDecimal;

/** One measured value of a demonstration subject (a room, say): the fact the demo rules look at. */
public record DemoMeasurement(String subject, String criterion, BigDecimal value, String unit) {

	public boolean hasValue() {
		return value != null;
	}

}
