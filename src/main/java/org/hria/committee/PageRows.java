package org.hria.committee;

import java.time.LocalDate;

/** What the meeting pages show of committees, members and meetings (templates read record accessors). */
final class PageRows {

	private PageRows() {
	}

	record CommitteeRow(long id, String name, String nameEn) {
	}

	record MemberRow(long id, String name, String role, LocalDate termStart, LocalDate termEnd) {
	}

	record MeetingRow(long id, long committeeId, String committee, int number, String kind, LocalDate date,
			String place, String status, int quorum, String minutesRef) {
	}

	static CommitteeRow of(Committee c) {
		return new CommitteeRow(c.id, c.name, c.nameEn);
	}

	static MemberRow of(CommitteeMember m) {
		return new MemberRow(m.id, m.name, m.role, m.termStart, m.termEnd);
	}

	static MeetingRow of(Meeting m, Committee c) {
		return new MeetingRow(m.id, c.id, c.name, m.number, m.kind, m.date, m.place, m.status, m.quorum, m.minutesRef);
	}

}
