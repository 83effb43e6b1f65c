package org.hria.ordinance;

import java.util.List;

/** Severity order of the spec; rules of status U report at most MINOR. */
final class Severity {

	static final List<String> ORDER = List.of("INFO", "MINOR", "MAJOR", "CRITICAL");

	private Severity() {
	}

	static int rank(String severity) {
		return ORDER.indexOf(severity);
	}

	static String capped(String severity, String status) {
		return "U".equals(status) && rank(severity) > rank("MINOR") ? "MINOR" : severity;
	}

}
