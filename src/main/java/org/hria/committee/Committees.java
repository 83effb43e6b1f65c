package org.hria.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Committees with their members, and their meetings: the one service behind the API and the pages. */
@Service
class Committees {

	private final CommitteeRepository committees;

	private final CommitteeMemberRepository members;

	private final MeetingRepository meetings;

	private final AgendaItemRepository agenda;

	private final DecisionRepository decisions;

	Committees(CommitteeRepository committees, CommitteeMemberRepository members, MeetingRepository meetings,
			AgendaItemRepository agenda, DecisionRepository decisions) {
		this.committees = committees;
		this.members = members;
		this.meetings = meetings;
		this.agenda = agenda;
		this.decisions = decisions;
	}

	/** {@code {"name","nameEn","members":[{"name","role","termStart","termEnd"}]}}. */
	@Transactional
	Committee create(Map<String, Object> body) {
		Input input = new Input(body);
		String name = input.text("name", true);
		String nameEn = input.text("nameEn", false);
		List<Map<String, Object>> given = input.objects("members");
		List<MemberInput> read = java.util.stream.IntStream.range(0, given.size())
			.mapToObj(i -> member(input.nested("members[" + i + "]", given.get(i))))
			.toList();
		input.check();
		Committee committee = committees.saveAndFlush(new Committee(name, nameEn));
		read.forEach(m -> members.save(m.toMember(committee.id)));
		return committee;
	}

	@Transactional
	CommitteeMember addMember(long committeeId, Map<String, Object> body) {
		Committee committee = committee(committeeId);
		Input input = new Input(body);
		MemberInput member = member(input);
		input.check();
		return members.save(member.toMember(committee.id));
	}

	/** {@code {"committeeId","date","kind","number","place","quorum"}}; number and quorum have defaults. */
	@Transactional
	Meeting createMeeting(Map<String, Object> body) {
		Input input = new Input(body);
		Long committeeId = input.number("committeeId", true);
		LocalDate date = input.date("date", true);
		String kind = input.code("kind", Meeting.KINDS, "REGULAR");
		Long number = input.number("number", false);
		String place = input.text("place", false);
		Long quorum = input.number("quorum", false);
		Committee committee = committeeId == null ? null : committees.findById(committeeId).orElse(null);
		if (committeeId != null && committee == null) {
			input.fail("committeeId", "unknown", "is not a committee; create it first (POST /api/committees)");
		}
		input.check();
		long serving = serving(committee.id, date).size();
		int resolvedQuorum = quorum != null ? quorum.intValue() : (int) (serving / 2 + 1);
		if (quorum == null && serving == 0) {
			input.fail("quorum", "required", "is required: the committee has no member serving on " + date);
		}
		else if (resolvedQuorum < 1 || (serving > 0 && resolvedQuorum > serving)) {
			input.fail("quorum", "invalid", "must be between 1 and the " + serving + " members serving on " + date);
		}
		int resolvedNumber = number != null ? number.intValue() : meetings.lastNumber(committee.id) + 1;
		if (number != null && meetings.existsByCommitteeIdAndNumber(committee.id, resolvedNumber)) {
			input.fail("number", "taken", "is already the number of another meeting of this committee");
		}
		input.check();
		return meetings.saveAndFlush(new Meeting(committee.id, resolvedNumber, kind, date, place, resolvedQuorum));
	}

	/** PLANNED, HELD or CLOSED; a meeting is closed only when every agenda item has a decision. */
	@Transactional
	Meeting setStatus(long meetingId, Map<String, Object> body) {
		Meeting meeting = meeting(meetingId);
		Input input = new Input(body);
		String status = input.code("status", Meeting.STATUSES, null);
		String minutes = input.text("minutesRef", false);
		input.check();
		if ("CLOSED".equals(status) && agenda.findByMeetingIdOrderByOrderAscIdAsc(meetingId)
			.stream()
			.anyMatch(item -> decisions.findByAgendaItemId(item.id).isEmpty())) {
			input.fail("status", "open-items", "cannot be CLOSED while an agenda item has no decision");
			input.check();
		}
		meeting.status = status;
		if (minutes != null) {
			meeting.minutesRef = minutes;
		}
		return meetings.saveAndFlush(meeting);
	}

	@Transactional(readOnly = true)
	List<Committee> committees() {
		return committees.findAllByOrderById();
	}

	@Transactional(readOnly = true)
	Committee committee(long id) {
		return committees.findById(id).orElseThrow(() -> CommitteeProblem.notFound("committee", id));
	}

	@Transactional(readOnly = true)
	List<CommitteeMember> members(long committeeId) {
		return members.findByCommitteeIdOrderById(committeeId);
	}

	@Transactional(readOnly = true)
	List<CommitteeMember> serving(long committeeId, LocalDate date) {
		return members.findByCommitteeIdOrderById(committeeId).stream().filter(m -> m.servesOn(date)).toList();
	}

	@Transactional(readOnly = true)
	List<Meeting> meetings() {
		return meetings.findAllByOrderByDateDescIdDesc();
	}

	@Transactional(readOnly = true)
	Meeting meeting(long id) {
		return meetings.findById(id).orElseThrow(() -> CommitteeProblem.notFound("meeting", id));
	}

	private static MemberInput member(Input input) {
		String name = input.text("name", true);
		String role = input.code("role", CommitteeMember.ROLES, "MEMBER");
		LocalDate start = input.date("termStart", true);
		LocalDate end = input.date("termEnd", true);
		if (start != null && end != null && end.isBefore(start)) {
			input.fail("termEnd", "invalid", "must not be before termStart");
		}
		return new MemberInput(name, role, start, end);
	}

	private record MemberInput(String name, String role, LocalDate start, LocalDate end) {

		CommitteeMember toMember(long committeeId) {
			return new CommitteeMember(committeeId, name, role, start, end);
		}

	}

}
