package org.hria.committee;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hria.recommendation.CommitteeAgenda.Decision;
import org.hria.recommendation.CommitteeAgenda.FieldError;

/**
 * Whether a vote is consistent: a quorum present, no more votes than members present, recused
 * members named, serving on the meeting day and not voting (votes cast + recusals <= present).
 */
final class VoteCheck {

	private final Meeting meeting;

	private final List<CommitteeMember> serving;

	VoteCheck(Meeting meeting, List<CommitteeMember> serving) {
		this.meeting = meeting;
		this.serving = serving;
	}

	List<FieldError> errors(Decision decision) {
		List<FieldError> errors = new ArrayList<>(recusalErrors(decision.recusals()));
		int votes = n(decision.votesFor()) + n(decision.votesAgainst()) + n(decision.abstentions());
		int recused = decision.recusals() == null ? 0 : decision.recusals().size();
		Integer given = decision.membersPresent();
		int present = given != null ? given : votes + recused;
		if (given != null && !serving.isEmpty() && given > serving.size()) {
			errors.add(new FieldError("membersPresent", "too-many", "membersPresent (" + given + ") is more than the "
					+ serving.size() + " members serving on " + meeting.date));
		}
		if (present < meeting.quorum) {
			errors.add(new FieldError("membersPresent", "no-quorum", "membersPresent (" + present
					+ ") is below the meeting's quorum (" + meeting.quorum + "); without a quorum, defer the item"));
		}
		if (votes > present) {
			errors.add(new FieldError("membersPresent", "too-few",
					"membersPresent (" + present + ") is smaller than the votes cast (" + votes + ")"));
		}
		else if (votes + recused > present) {
			errors.add(new FieldError("recusals", "recused-voted", "recusals: a recused member does not vote, but "
					+ "the votes cast (" + votes + ") and the recusals (" + recused + ") exceed the members present ("
					+ present + ")"));
		}
		return errors;
	}

	private List<FieldError> recusalErrors(List<Map<String, Object>> recusals) {
		List<FieldError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Map<String, Object> recusal : recusals == null ? List.<Map<String, Object>>of() : recusals) {
			Object memberId = recusal.get("memberId");
			Object reason = recusal.get("reason");
			if (memberId == null || serving.stream().noneMatch(m -> m.id.toString().equals(memberId.toString()))) {
				errors.add(new FieldError("recusals", "unknown", "recusals: memberId " + memberId
						+ " is not a member of this committee serving on " + meeting.date));
			}
			else if (!seen.add(memberId.toString())) {
				errors.add(new FieldError("recusals", "duplicate", "recusals: member " + memberId + " is named twice"));
			}
			if (reason == null || reason.toString().isBlank()) {
				errors.add(new FieldError("recusals", "required", "recusals: each recusal needs a reason"));
			}
		}
		return errors;
	}

	private static int n(Integer value) {
		return value == null ? 0 : value;
	}

}
