package org.hria.committee;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of a committee for one term; role CHAIR or MEMBER. */
@Entity
@Table(name = "committee_member")
class CommitteeMember {

	static final java.util.List<String> ROLES = java.util.List.of("CHAIR", "MEMBER");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "committee_id")
	Long committeeId;

	String name;

	String role;

	@Column(name = "term_start")
	LocalDate termStart;

	@Column(name = "term_end")
	LocalDate termEnd;

	protected CommitteeMember() {
	}

	CommitteeMember(long committeeId, String name, String role, LocalDate termStart, LocalDate termEnd) {
		this.committeeId = committeeId;
		this.name = name;
		this.role = role;
		this.termStart = termStart;
		this.termEnd = termEnd;
	}

	boolean servesOn(LocalDate date) {
		return !date.isBefore(termStart) && !date.isAfter(termEnd);
	}

}
