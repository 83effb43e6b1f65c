package org.hria.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The committee's side of transitions 6-9: a meeting's agenda and the decisions taken on it. The
 * committee feature implements it, so the lifecycle refers to real meetings without depending on
 * that feature. Each method answers the input errors it found (empty: done).
 */
public interface CommitteeAgenda {

	/** Puts the recommendation on the agenda of the meeting {@code meetingId}. */
	List<FieldError> schedule(String meetingId, long recommendationId);

	/** Records the decision on the recommendation's open agenda item of the decision's meeting. */
	List<FieldError> record(long recommendationId, Decision decision);

	/** Whether {@code meetingId} names a meeting of the committee feature, in any state (withdraw, close_not_accepted). */
	List<FieldError> known(String meetingId);

	/**
	 * What the committee decided: outcome ADOPTED, REJECTED or DEFERRED; votes, members present and
	 * recusals ({@code memberId}, {@code reason}) may be null for a deferral; {@code draftText} is
	 * the text the committee was asked to adopt. {@code presentMemberIds}: the members present when
	 * they were named (then {@code membersPresent} is their number), null when only a count was given.
	 */
	record Decision(String meetingId, String outcome, LocalDate date, Integer votesFor, Integer votesAgainst,
			Integer abstentions, Integer membersPresent, List<Map<String, Object>> recusals, String draftText,
			String adoptedText, String reason, List<Long> presentMemberIds) {
	}

	/** One input error, named by the transition field it concerns. */
	record FieldError(String field, String code, String message) {
	}

}
