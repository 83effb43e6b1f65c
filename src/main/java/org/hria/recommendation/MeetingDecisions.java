package org.hria.recommendation;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Transitions 6-9, 17 and 23 on a real meeting: the committee's agenda refuses with 400 naming the field. */
@Component
class MeetingDecisions {

	private final CommitteeAgenda agenda;

	MeetingDecisions(CommitteeAgenda agenda) {
		this.agenda = agenda;
	}

	void schedule(Recommendation rec, TransitionData data) {
		refuseOn(agenda.schedule(data.text("meetingId"), rec.id));
		rec.meetingId = data.text("meetingId");
	}

	/** Records an ADOPTED, REJECTED or DEFERRED decision; the draft is the text before adoption. */
	void record(Recommendation rec, TransitionData data, String outcome) {
		CommitteeAgenda.Decision decision = new CommitteeAgenda.Decision(data.text("meetingId"), outcome,
				data.date("decisionDate"), data.integer("votesFor"), data.integer("votesAgainst"),
				data.integer("abstentions"), membersPresent(data), data.objects("recusals"), rec.text,
				data.text("adoptedText"), data.text("reason"), data.ids("membersPresent"));
		refuseOn(agenda.record(rec.id, decision));
	}

	/** Withdraw and close_not_accepted cite a meeting where the matter was discussed: it must exist. */
	void known(TransitionData data) {
		refuseOn(agenda.known(data.text("meetingId")));
	}

	/** The number present: the members named, or the count given where no names were. */
	static Integer membersPresent(TransitionData data) {
		List<Long> named = data.ids("membersPresent");
		return named != null ? Integer.valueOf(named.size()) : data.integer("membersPresent");
	}

	static String recusals(TransitionData data) {
		return String.join(",", data.objects("recusals").stream().map(r -> String.valueOf(r.get("memberId"))).toList());
	}

	private static void refuseOn(List<CommitteeAgenda.FieldError> errors) {
		if (!errors.isEmpty()) {
			throw LifecycleProblem.invalid(errors.stream()
				.map(e -> Map.of("field", e.field(), "code", e.code(), "message", e.message()))
				.toList());
		}
	}

}
