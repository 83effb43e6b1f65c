package org.hria.recommendation;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates are those of the city: Korea Standard Time. */
final class Clocks {

	static final ZoneId CITY = ZoneId.of("Asia/Seoul");

	private Clocks() {
	}

	static LocalDate today() {
		return LocalDate.now(CITY);
	}

}
