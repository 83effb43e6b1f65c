package org.hria.recommendation;

import java.util.Set;

/** One row of rules/recommendations/deadlines.csv; {@code version} is the checksum of the row. */
record DeadlineRule(String id, String city, String appliesTo, String trigger, int duration, Unit unit,
		Set<String> counting, int maxExtension, int extensionsAllowed, String legalBasis, String status, String note,
		String version) {

	enum Unit {

		CALENDAR_DAYS, WORKING_DAYS, MONTHS

	}

	boolean excludesFirstDay() {
		return counting.contains("EXCLUDE_FIRST_DAY");
	}

	boolean rollsForward() {
		return counting.contains("ROLL_FORWARD_IF_HOLIDAY");
	}

}
