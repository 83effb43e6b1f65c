package org.hria.committee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of committees, members and meetings. */
final class Views {

	private Views() {
	}

	static Map<String, Object> committee(Committee committee, List<CommitteeMember> members) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", committee.id);
		view.put("name", committee.name);
		view.put("nameEn", committee.nameEn);
		view.put("members", members.stream().map(Views::member).toList());
		return view;
	}

	static Map<String, Object> member(CommitteeMember member) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", member.id);
		view.put("name", member.name);
		view.put("role", member.role);
		view.put("termStart", member.termStart);
		view.put("termEnd", member.termEnd);
		return view;
	}

	static Map<String, Object> meeting(Meeting meeting, Committee committee) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", meeting.id);
		view.put("committeeId", committee.id);
		view.put("committee", committee.name);
		view.put("number", meeting.number);
		view.put("kind", meeting.kind);
		view.put("date", meeting.date);
		view.put("place", meeting.place);
		view.put("status", meeting.status);
		view.put("quorum", meeting.quorum);
		view.put("minutesRef", meeting.minutesRef);
		return view;
	}

}
