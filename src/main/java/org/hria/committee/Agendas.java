package org.hria.committee;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hria.recommendation.RecommendationLifecycle;
import org.hria.recommendation.RecommendationLifecycle.Paper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A meeting's agenda as read by the committee: each item with its paper and, once decided, the decision. */
@Component
class Agendas {

	private final Committees committees;

	private final AgendaItemRepository agenda;

	private final DecisionRepository decisions;

	private final RecommendationLifecycle recommendations;

	Agendas(Committees committees, AgendaItemRepository agenda, DecisionRepository decisions,
			RecommendationLifecycle recommendations) {
		this.committees = committees;
		this.agenda = agenda;
		this.decisions = decisions;
		this.recommendations = recommendations;
	}

	/** One agenda item with its paper and, once decided, its decision (null while open). */
	record Entry(long itemId, int order, long recommendationId, Paper paper, DecisionView decision) {

		public boolean open() {
			return decision == null;
		}

	}

	/** A decision as shown: votes, recusals by name, and the adopted text's difference from the draft. */
	record DecisionView(String outcome, LocalDate date, Integer votesFor, Integer votesAgainst, Integer abstentions,
			Integer membersPresent, List<RecusalView> recusals, String reason, String draftText, String adoptedText,
			List<TextDiff.Segment> diff, List<MemberView> presentMembers) {

		public boolean textChanged() {
			return TextDiff.changed(diff);
		}

	}

	record RecusalView(long memberId, String memberName, String reason) {
	}

	/** A member present at a decision, by name (empty list: only the count was recorded). */
	record MemberView(long memberId, String memberName) {
	}

	@Transactional(readOnly = true)
	List<Entry> of(long meetingId) {
		Meeting meeting = committees.meeting(meetingId);
		Map<Long, CommitteeMember> members = committees.members(meeting.committeeId)
			.stream()
			.collect(Collectors.toMap(m -> m.id, Function.identity()));
		return agenda.findByMeetingIdOrderByOrderAscIdAsc(meetingId)
			.stream()
			.map(item -> new Entry(item.id, item.order, item.recommendationId,
					recommendations.paper(item.recommendationId).orElseThrow(),
					decisions.findByAgendaItemId(item.id).map(d -> view(d, members)).orElse(null)))
			.toList();
	}

	private static DecisionView view(Decision d, Map<Long, CommitteeMember> members) {
		List<RecusalView> recusals = d.recusals.stream()
			.map(r -> new RecusalView(r.memberId(),
					members.containsKey(r.memberId()) ? members.get(r.memberId()).name : "?", r.reason()))
			.toList();
		List<TextDiff.Segment> diff = d.adoptedText == null ? List.of() : TextDiff.of(d.draftText, d.adoptedText);
		// sorted: the loaded collection keeps no order
		List<MemberView> present = d.presentMemberIds.stream()
			.sorted()
			.map(id -> new MemberView(id, members.containsKey(id) ? members.get(id).name : "?"))
			.toList();
		return new DecisionView(d.outcome, d.date, d.votesFor, d.votesAgainst, d.abstentions, d.membersPresent,
				recusals, d.reason, d.draftText, d.adoptedText, diff, present);
	}

	/** The JSON of {@code GET /api/meetings/{id}/agenda}. */
	static Map<String, Object> json(Entry entry) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("itemId", entry.itemId());
		view.put("order", entry.order());
		view.put("recommendationId", entry.paper().id());
		view.put("title", entry.paper().title());
		view.put("state", entry.paper().state());
		view.put("text", entry.paper().text());
		view.put("findings", entry.paper().findings());
		view.put("proposedAddressees", entry.paper().proposedAddressees());
		view.put("decision", entry.decision() == null ? null : json(entry.decision()));
		return view;
	}

	private static Map<String, Object> json(DecisionView d) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("outcome", d.outcome());
		json.put("date", d.date());
		json.put("votesFor", d.votesFor());
		json.put("votesAgainst", d.votesAgainst());
		json.put("abstentions", d.abstentions());
		json.put("membersPresent", d.membersPresent());
		json.put("presentMembers", d.presentMembers());
		json.put("recusals", d.recusals());
		json.put("reason", d.reason());
		json.put("draftText", d.draftText());
		json.put("adoptedText", d.adoptedText());
		json.put("textChanged", d.adoptedText() != null && d.textChanged());
		json.put("diff", d.diff());
		return json;
	}

}
