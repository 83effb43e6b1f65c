package org.hria.committee;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A meeting of a committee: PLANNED until decisions are recorded (HELD), then CLOSED by the secretary. */
@Entity
@Table(name = "meeting")
class Meeting {

	static final java.util.List<String> KINDS = java.util.List.of("REGULAR", "EXTRAORDINARY");

	static final java.util.List<String> STATUSES = java.util.List.of("PLANNED", "HELD", "CLOSED");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "committee_id")
	Long committeeId;

	int number;

	String kind;

	@Column(name = "meeting_date")
	LocalDate date;

	String place;

	String status = "PLANNED";

	int quorum;

	@Column(name = "minutes_ref")
	String minutesRef;

	@Version
	long version;

	protected Meeting() {
	}

	Meeting(long committeeId, int number, String kind, LocalDate date, String place, int quorum) {
		this.committeeId = committeeId;
		this.number = number;
		this.kind = kind;
		this.date = date;
		this.place = place;
		this.quorum = quorum;
	}

	boolean isClosed() {
		return "CLOSED".equals(status);
	}

}
