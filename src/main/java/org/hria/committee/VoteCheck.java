package org.hria.committee;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hria.recommendation.CommitteeAgenda.Decision;
import org.hria.recommendation.CommitteeAgenda.FieldError;

/**
 * Whether a vote is consistent: a quorum present, no more votes than members present, members
 * present and recused named once, serving on the meeting day, recused members among those present
 * (when they are named) and not voting (votes cast + recusals <= present).
 */
final class VoteCheck {

	private final Meeting meeting;

	private final List<CommitteeMember> serving;

	VoteCheck(Meeting meeting, List<CommitteeMember> serving) {
		this.meeting = meeting;
		this.serving = serving;
	}

	List<FieldError> errors(Decision decision) {
		List<FieldError> errors = new ArrayList<>(presentErrors(decision.presentMemberIds()));
		errors.addAll(recusalErrors(decision.recusals(), decision.presentMemberIds()));
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

	/** The members named as present: each serving on the meeting day, each once. */
	private List<FieldError> presentErrors(List<Long> present) {
		List<FieldError> errors = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (Long memberId : present == null ? List.<Long>of() : present) {
			if (!serves(memberId)) {
				errors.add(new FieldError("membersPresent", "unknown", "membersPresent: member id " + memberId
						+ " is not a member of this committee serving on " + meeting.date));
			}
			else if (!seen.add(memberId)) {
				errors.add(new FieldError("membersPresent", "duplicate",
						"membersPresent: member " + memberId + " is named twice"));
			}
		}
		return errors;
	}

	private List<FieldError> recusalErrors(List<Map<String, Object>> recusals, List<Long> present) {
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
			else if (present != null && present.stream().noneMatch(p -> p.toString().equals(memberId.toString()))) {
				errors.add(new FieldError("recusals", "not-present", "recusals: member " + memberId
						+ " is not among membersPresent; a member recuses at the meeting, so add them to membersPresent"));
			}
			if (reason == null || reason.toString().isBlank()) {
				errors.add(new FieldError("recusals", "required", "recusals: each recusal needs a reason"));
			}
		}
		return errors;
	}

	private boolean serves(Long memberId) {
		return serving.stream().anyMatch(m -> m.id.equals(memberId));
	}

	private static int n(Integer value) {
		return value == null ? 0 : value;
	}

}
