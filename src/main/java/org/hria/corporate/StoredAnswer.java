package org.hria.corporate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer of a stored assessment, as given: answer text, evidence references (';'-separated) and comment. */
@Entity
@Table(name = "corporate_answer")
class StoredAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "assessment_id", nullable = false)
	private Long assessmentId;

	@Column(name = "line_no", nullable = false)
	private int line;

	@Column(name = "item_id", nullable = false)
	private String itemId;

	@Column(nullable = false)
	private String answer;

	@Column(name = "evidence_ref")
	private String evidenceRef;

	private String comment;

	protected StoredAnswer() {
	}

	StoredAnswer(Long assessmentId, AnswerRow row) {
		this.assessmentId = assessmentId;
		this.line = row.line();
		this.itemId = row.itemId();
		this.answer = row.answer();
		this.evidenceRef = String.join(";", row.evidenceRefs());
		this.comment = row.comment();
	}

	AnswerRow toRow() {
		return new AnswerRow(line, itemId, answer,
				evidenceRef == null ? java.util.List.of() : java.util.Arrays.asList(evidenceRef.split(";")), comment);
	}

	String getItemId() {
		return itemId;
	}

}
