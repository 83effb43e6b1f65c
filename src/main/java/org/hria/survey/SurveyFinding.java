package org.hria.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored finding of a surveyed facility. */
@Entity
@Table(name = "survey_finding")
class SurveyFinding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String criterion;

	@Column(name = "rule_id", nullable = false)
	private String ruleId;

	@Column(nullable = false)
	private String measured;

	@Column(nullable = false)
	private String unit;

	@Column(nullable = false)
	private String required;

	@Column(nullable = false)
	private String severity;

	private Integer priority;

	private String remedy;

	@Column(name = "remedy_type")
	private String remedyType;

	private String source;

	private String status;

	@Column(nullable = false)
	private boolean advisory;

	private String bring;

	private Integer line;

	protected SurveyFinding() {
	}

	SurveyFinding(int position, Finding finding) {
		this.position = position;
		this.criterion = finding.criterion();
		this.ruleId = finding.ruleId();
		this.measured = finding.measured();
		this.unit = finding.unit();
		this.required = finding.required();
		this.severity = finding.severity();
		this.priority = finding.priority();
		this.remedy = finding.remedy();
		this.remedyType = finding.remedyType();
		this.source = finding.source();
		this.status = finding.status();
		this.advisory = finding.advisory();
		this.bring = finding.bring();
		this.line = finding.line();
	}

	Finding toFinding() {
		return new Finding(id, criterion, ruleId, measured, unit, required, severity, priority, remedy, remedyType,
				source, status, advisory, bring, line);
	}

}
