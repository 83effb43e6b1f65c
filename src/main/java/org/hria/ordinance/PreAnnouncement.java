package org.hria.ordinance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The pre-announcement period (입법예고) of the draft, both dates counted. */
public class PreAnnouncement {

	private final LocalDate from;

	private final LocalDate to;

	PreAnnouncement(LocalDate from, LocalDate to) {
		this.from = from;
		this.to = to;
	}

	public long getDays() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	public LocalDate getFrom() {
		return from;
	}

	public LocalDate getTo() {
		return to;
	}

}
