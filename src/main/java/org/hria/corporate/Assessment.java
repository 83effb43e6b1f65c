package org.hria.corporate;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One enterprise's assessment of one year: a DRAFT while the questionnaire is being filled, then
 * SUBMITTED with its computed report, the checklist version and the rule-set version that made it.
 */
@Entity
@Table(name = "corporate_assessment")
class Assessment {

	static final String DRAFT = "DRAFT";

	static final String SUBMITTED = "SUBMITTED";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enterprise_id", nullable = false)
	private String enterpriseId;

	@Column(name = "assessment_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private String state;

	private String status;

	private BigDecimal overall;

	@Column(name = "level_by_score")
	private Integer levelByScore;

	@Column(name = "final_level")
	private Integer level;

	@Column(name = "critical_gaps")
	private Integer criticalGaps;

	@Column(name = "checklist_version", nullable = false)
	private String checklistVersion;

	@Column(name = "checklist_sha256", nullable = false)
	private String checklistSha256;

	@Column(name = "rule_set_version")
	private String ruleSetVersion;

	@Column(name = "report_json")
	private String reportJson;

	@Column(name = "salient_issues")
	private String salientIssues;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Assessment() {
	}

	Assessment(String enterpriseId, int year, Checklist checklist, String createdBy) {
		this.enterpriseId = enterpriseId;
		this.year = year;
		this.state = DRAFT;
		this.checklistVersion = checklist.version();
		this.checklistSha256 = checklist.sha256();
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
		this.updatedAt = createdAt;
	}

	/** Stores the computed report as it is: it is never recomputed, whatever the rules or checklist become. */
	void submit(Report report, String reportJson, String salientIssuesJson) {
		this.state = SUBMITTED;
		this.status = report.status();
		this.overall = report.overall();
		this.levelByScore = report.levelByScore();
		this.level = report.level();
		this.criticalGaps = (int) report.criticalGaps();
		this.checklistVersion = report.checklistVersion();
		this.checklistSha256 = report.checklistSha256();
		this.ruleSetVersion = report.ruleSetVersion();
		this.reportJson = reportJson;
		this.salientIssues = salientIssuesJson;
		this.updatedAt = Instant.now();
	}

	void reopenAsDraft(Checklist checklist, String salientIssuesJson) {
		this.state = DRAFT;
		this.status = null;
		this.overall = null;
		this.levelByScore = null;
		this.level = null;
		this.criticalGaps = null;
		this.ruleSetVersion = null;
		this.reportJson = null;
		this.checklistVersion = checklist.version();
		this.checklistSha256 = checklist.sha256();
		this.salientIssues = salientIssuesJson;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	String getEnterpriseId() {
		return enterpriseId;
	}

	int getYear() {
		return year;
	}

	String getState() {
		return state;
	}

	String getStatus() {
		return status;
	}

	BigDecimal getOverall() {
		return overall;
	}

	Integer getLevel() {
		return level;
	}

	Integer getCriticalGaps() {
		return criticalGaps;
	}

	String getRuleSetVersion() {
		return ruleSetVersion;
	}

	String getReportJson() {
		return reportJson;
	}

	String getSalientIssues() {
		return salientIssues;
	}

	String getChecklistVersion() {
		return checklistVersion;
	}

}
