package org.hria.committee;

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

	record Entry(AgendaItem item, Paper paper, DecisionView decision) {

		boolean open() {
			return decision == null;
		}

	}

	record DecisionView(Decision decision, List<RecusalView> recusals, List<TextDiff.Segment> diff) {

		boolean textChanged() {
			return TextDiff.changed(diff);
		}

	}

	record RecusalView(long memberId, String memberName, String reason) {
	}

	@Transactional(readOnly = true)
	List<Entry> of(long meetingId) {
		Meeting meeting = committees.meeting(meetingId);
		Map<Long, CommitteeMember> members = committees.members(meeting.committeeId)
			.stream()
			.collect(Collectors.toMap(m -> m.id, Function.identity()));
		return agenda.findByMeetingIdOrderByOrderAscIdAsc(meetingId)
			.stream()
			.map(item -> new Entry(item, recommendations.paper(item.recommendationId).orElseThrow(),
					decisions.findByAgendaItemId(item.id).map(d -> view(d, members)).orElse(null)))
			.toList();
	}

	private static DecisionView view(Decision decision, Map<Long, CommitteeMember> members) {
		List<RecusalView> recusals = decision.recusals.stream()
			.map(r -> new RecusalView(r.memberId(),
					members.containsKey(r.memberId()) ? members.get(r.memberId()).name : "?", r.reason()))
			.toList();
		List<TextDiff.Segment> diff = decision.adoptedText == null ? List.of()
				: TextDiff.of(decision.draftText, decision.adoptedText);
		return new DecisionView(decision, recusals, diff);
	}

	/** The JSON of {@code GET /api/meetings/{id}/agenda}. */
	static Map<String, Object> json(Entry entry) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("itemId", entry.item().id);
		view.put("order", entry.item().order);
		view.put("recommendationId", entry.paper().id());
		view.put("title", entry.paper().title());
		view.put("state", entry.paper().state());
		view.put("text", entry.paper().text());
		view.put("findings", entry.paper().findings());
		view.put("proposedAddressees", entry.paper().proposedAddressees());
		view.put("decision", entry.decision() == null ? null : json(entry.decision()));
		return view;
	}

	private static Map<String, Object> json(DecisionView view) {
		Decision d = view.decision();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("outcome", d.outcome);
		json.put("date", d.date);
		json.put("votesFor", d.votesFor);
		json.put("votesAgainst", d.votesAgainst);
		json.put("abstentions", d.abstentions);
		json.put("membersPresent", d.membersPresent);
		json.put("recusals", view.recusals());
		json.put("reason", d.reason);
		json.put("draftText", d.draftText);
		json.put("adoptedText", d.adoptedText);
		json.put("textChanged", d.adoptedText != null && view.textChanged());
		json.put("diff", view.diff());
		return json;
	}

}
