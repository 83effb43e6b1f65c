package org.hria.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hria.recommendation.CommitteeAgenda;
import org.springframework.stereotype.Component;

/**
 * The lifecycle's transitions 6-9 on real meetings: scheduling adds an agenda item to a planned
 * meeting; adopt, reject and defer record the decision on the recommendation's open item there.
 * Runs inside the lifecycle's transaction, so a refused transition stores nothing.
 */
@Component
class AgendaKeeper implements CommitteeAgenda {

	private final MeetingRepository meetings;

	private final AgendaItemRepository agenda;

	private final DecisionRepository decisions;

	private final Committees committees;

	AgendaKeeper(MeetingRepository meetings, AgendaItemRepository agenda, DecisionRepository decisions,
			Committees committees) {
		this.meetings = meetings;
		this.agenda = agenda;
		this.decisions = decisions;
		this.committees = committees;
	}

	@Override
	public List<FieldError> schedule(String meetingId, long recommendationId) {
		Optional<Meeting> meeting = meeting(meetingId);
		if (meeting.isEmpty()) {
			return List.of(unknownMeeting());
		}
		if (!"PLANNED".equals(meeting.get().status)) {
			return List.of(new FieldError("meetingId", "not-planned", "meetingId names a meeting that is "
					+ meeting.get().status + "; schedule on a planned meeting"));
		}
		agenda.save(new AgendaItem(meeting.get().id, recommendationId, agenda.lastOrder(meeting.get().id) + 1));
		return List.of();
	}

	@Override
	public List<FieldError> record(long recommendationId, CommitteeAgenda.Decision decision) {
		Optional<Meeting> found = meeting(decision.meetingId());
		if (found.isEmpty()) {
			return List.of(unknownMeeting());
		}
		Meeting meeting = found.get();
		Optional<AgendaItem> item = agenda.findByMeetingIdAndRecommendationIdOrderById(meeting.id, recommendationId)
			.stream()
			.filter(i -> decisions.findByAgendaItemId(i.id).isEmpty())
			.findFirst();
		if (item.isEmpty() || meeting.isClosed()) {
			return List.of(new FieldError("meetingId", "not-on-agenda", "meetingId names a meeting whose open agenda "
					+ "does not hold this recommendation; use the meeting it was scheduled for"));
		}
		List<FieldError> errors = "DEFERRED".equals(decision.outcome()) ? List.of()
				: new VoteCheck(meeting, committees.serving(meeting.committeeId, meeting.date)).errors(decision);
		if (errors.isEmpty()) {
			store(item.get(), meeting, decision);
		}
		return errors;
	}

	@Override
	public List<FieldError> known(String meetingId) {
		return meeting(meetingId).isPresent() ? List.of() : List.of(unknownMeeting());
	}

	private void store(AgendaItem item, Meeting meeting, CommitteeAgenda.Decision given) {
		org.hria.committee.Decision decision = new org.hria.committee.Decision(item.id, given.outcome());
		decision.date = given.date();
		decision.votesFor = given.votesFor();
		decision.votesAgainst = given.votesAgainst();
		decision.abstentions = given.abstentions();
		decision.membersPresent = given.membersPresent();
		if (given.presentMemberIds() != null) {
			decision.presentMemberIds = new java.util.TreeSet<>(given.presentMemberIds());
		}
		decision.reason = given.reason();
		if ("ADOPTED".equals(given.outcome())) {
			decision.draftText = given.draftText();
			decision.adoptedText = given.adoptedText();
		}
		List<org.hria.committee.Decision.Recusal> recusals = new ArrayList<>();
		for (var recusal : given.recusals() == null ? List.<java.util.Map<String, Object>>of() : given.recusals()) {
			recusals.add(new org.hria.committee.Decision.Recusal(Long.valueOf(recusal.get("memberId").toString()),
					recusal.get("reason").toString().strip()));
		}
		decision.recusals = recusals;
		decisions.save(decision);
		if ("PLANNED".equals(meeting.status)) {
			meeting.status = "HELD";
			meetings.save(meeting);
		}
	}

	private Optional<Meeting> meeting(String meetingId) {
		if (meetingId == null || !meetingId.strip().matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return meetings.findById(Long.valueOf(meetingId.strip()));
	}

	private static FieldError unknownMeeting() {
		return new FieldError("meetingId", "unknown",
				"meetingId is not a meeting; create the meeting first (POST /api/meetings) and use its id");
	}

}
