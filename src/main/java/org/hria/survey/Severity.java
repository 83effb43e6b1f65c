package org.hria.survey;

/** Finding severities; a rule whose source is unverified (status U) reports at most MINOR. */
public enum Severity {

	CRITICAL, MAJOR, MINOR, INFO;

	static Severity effective(String declared, String status) {
		Severity severity = declared == null ? MINOR : valueOf(declared);
		if ("U".equals(status) && severity.ordinal() < MINOR.ordinal()) {
			return MINOR;
		}
		return severity;
	}

	boolean blocking() {
		return this == CRITICAL || this == MAJOR;
	}

}
