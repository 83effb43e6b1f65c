package org.hria.recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The derived OVERDUE flags of spec 1.1: computed on read, never stored. */
final class OverdueFlags {

	private OverdueFlags() {
	}

	record Flag(String type, long daysOverdue, LocalDate dueDate) {
	}

	static List<Flag> of(Assignment assignment, List<Measure> measures, LocalDate today, int verificationDays) {
		List<Flag> flags = new ArrayList<>();
		LocalDate due = assignment.effectiveDueAt();
		if ((assignment.state == State.ROUTED || assignment.state == State.RESPONSE_DUE) && due != null
				&& today.isAfter(due)) {
			flags.add(new Flag("RESPONSE_OVERDUE", days(due, today), due));
		}
		if (assignment.state != State.CLOSED) {
			measures.stream()
				.filter(m -> m.open() && today.isAfter(m.targetDate))
				.map(m -> m.targetDate)
				.min(LocalDate::compareTo)
				.ifPresent(target -> flags.add(new Flag("IMPLEMENTATION_OVERDUE", days(target, today), target)));
		}
		if (assignment.state == State.IMPLEMENTED && assignment.implementedAt != null) {
			LocalDate limit = assignment.implementedAt.plusDays(verificationDays);
			if (today.isAfter(limit)) {
				flags.add(new Flag("VERIFICATION_OVERDUE", days(limit, today), limit));
			}
		}
		return flags;
	}

	private static long days(LocalDate from, LocalDate to) {
		return java.time.temporal.ChronoUnit.DAYS.between(from, to);
	}

}
