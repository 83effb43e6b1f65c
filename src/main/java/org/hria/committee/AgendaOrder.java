package org.hria.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order of a planned meeting's agenda: an item moves up, down or to a position, and the items
 * are numbered 1..n again. Once decisions are recorded (HELD, CLOSED) the order is fixed (409).
 */
@Service
class AgendaOrder {

	static final List<String> MOVES = List.of("up", "down");

	private final Committees committees;

	private final AgendaItemRepository agenda;

	AgendaOrder(Committees committees, AgendaItemRepository agenda) {
		this.committees = committees;
		this.agenda = agenda;
	}

	/** {@code {"move":"up"|"down"}} or {@code {"order": n}} (1 = first). */
	@Transactional
	void reorder(long meetingId, long itemId, Map<String, Object> body) {
		Meeting meeting = committees.meeting(meetingId);
		List<AgendaItem> items = new ArrayList<>(agenda.findByMeetingIdOrderByOrderAscIdAsc(meetingId));
		AgendaItem item = items.stream()
			.filter(i -> i.id == itemId)
			.findFirst()
			.orElseThrow(() -> CommitteeProblem.notFound("agenda item", itemId));
		if (!"PLANNED".equals(meeting.status)) {
			throw CommitteeProblem.notPlanned(meeting.id, meeting.status);
		}
		int target = target(body, items.indexOf(item), items.size());
		items.remove(item);
		items.add(target, item);
		for (int i = 0; i < items.size(); i++) {
			items.get(i).order = i + 1;
		}
		agenda.saveAll(items);
	}

	/** The new zero-based position; a move past either end keeps the item where it is. */
	private static int target(Map<String, Object> body, int current, int size) {
		Input input = new Input(body);
		String move = input.text("move", false);
		Long order = input.number("order", false);
		if (move == null && order == null && (body == null || !body.containsKey("order"))) {
			input.fail("order", "required", "is required: give order (1 to " + size + ") or move (up or down)");
		}
		if (move != null && !MOVES.contains(move)) {
			input.fail("move", "invalid", "must be one of " + MOVES);
		}
		if (order != null && (order < 1 || order > size)) {
			input.fail("order", "invalid", "must be between 1 and " + size + ", the number of agenda items");
		}
		input.check();
		if (order != null) {
			return order.intValue() - 1;
		}
		return "up".equals(move) ? Math.max(current - 1, 0) : Math.min(current + 1, size - 1);
	}

}
