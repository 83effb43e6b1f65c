package org.hria.survey;

/** How a measurement meets its limit; a value exactly at the limit passes. */
public enum Comparison {

	MIN("≥ "), MAX("≤ "), YES(""), NO("");

	private final String sign;

	Comparison(String sign) {
		this.sign = sign;
	}

	boolean passes(Quantity measured, Quantity limit) {
		return switch (this) {
			case MIN -> measured.compareTo(limit) >= 0;
			case MAX -> measured.compareTo(limit) <= 0;
			case YES -> measured.isTrue();
			case NO -> !measured.isTrue();
		};
	}

	String describe(Quantity limit) {
		return switch (this) {
			case YES -> "yes";
			case NO -> "no";
			default -> sign + limit.text();
		};
	}

}
