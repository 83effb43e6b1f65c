package org.hria.corporate;

import java.util.List;

/**
 * A checklist item with what the enterprise answered: a score given (0-2), NA with its reason,
 * or missing (no row, empty, outside the scale, NA where not allowed or without a reason).
 */
record ItemAnswer(ChecklistItem item, AnswerRow row, Integer givenScore, boolean na, List<String> findings) {

	boolean missing() {
		return givenScore == null && !na;
	}

	boolean answered() {
		return givenScore != null;
	}

	String rawAnswer() {
		return row == null ? null : row.answer();
	}

	List<String> evidenceRefs() {
		return row == null ? List.of() : row.evidenceRefs();
	}

	String comment() {
		return row == null ? "" : row.comment();
	}

}
