package org.hria.corporate;

import java.util.List;

/** One answer as uploaded or typed: the raw answer text, its evidence references and comment. */
record AnswerRow(int line, String itemId, String answer, List<String> evidenceRefs, String comment) {

	AnswerRow {
		answer = answer == null ? "" : answer.strip();
		evidenceRefs = evidenceRefs == null ? List.of()
				: evidenceRefs.stream().map(String::strip).filter(ref -> !ref.isEmpty()).toList();
		comment = comment == null ? "" : comment.strip();
	}

	boolean sameAnswerAs(AnswerRow other) {
		return answer.equalsIgnoreCase(other.answer) && evidenceRefs.equals(other.evidenceRefs)
				&& comment.equals(other.comment);
	}

}
