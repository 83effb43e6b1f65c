package org.hria.recommendation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A concrete action in an addressee's plan. */
@Entity
@Table(name = "measure")
class Measure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "assignment_id")
	Long assignmentId;

	String description;

	String kind;

	@Column(name = "responsible_unit")
	String responsibleUnit;

	@Column(name = "target_date")
	LocalDate targetDate;

	String status = "PLANNED";

	int percent;

	@Column(name = "status_reason")
	String statusReason;

	@Column(name = "done_at")
	LocalDate doneAt;

	protected Measure() {
	}

	Measure(long assignmentId, String description, String kind, String responsibleUnit, LocalDate targetDate) {
		this.assignmentId = assignmentId;
		this.description = description;
		this.kind = kind;
		this.responsibleUnit = responsibleUnit;
		this.targetDate = targetDate;
	}

	boolean open() {
		return !"DONE".equals(status) && !"DROPPED".equals(status);
	}

}
