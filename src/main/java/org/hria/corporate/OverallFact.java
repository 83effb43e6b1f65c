package org.hria.corporate;

import java.math.BigDecimal;

/** The overall score as displayed (one decimal, HALF_UP): the level is read from this value. */
public final class OverallFact {

	private final String status;

	private final BigDecimal displayed;

	public OverallFact(String status, BigDecimal displayed) {
		this.status = status;
		this.displayed = displayed;
	}

	public String getStatus() {
		return status;
	}

	public BigDecimal getDisplayed() {
		return displayed;
	}

}
