package org.hria.survey;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One facility of a stored survey: its verdict, findings, missing criteria, plan and changes (as JSON text). */
@Entity
@Table(name = "survey_facility")
class SurveyFacility {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "survey_id", nullable = false)
	private Long surveyId;

	@Column(name = "facility_id", nullable = false)
	private String facilityId;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FacilityKind kind;

	@Column(nullable = false)
	private String verdict;

	private String missing;

	@Column(name = "plan_json")
	private String planJson;

	@Column(name = "conditions_json")
	private String conditionsJson;

	@Column(name = "changes_json")
	private String changesJson;

	private String surveyed;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "facility_row_id", nullable = false)
	@OrderBy("position")
	private List<SurveyFinding> findings = new ArrayList<>();

	protected SurveyFacility() {
	}

	SurveyFacility(Long surveyId, FacilityResult result, String planJson, String conditionsJson, String changesJson) {
		this.surveyId = surveyId;
		this.facilityId = result.facilityId();
		this.name = result.name();
		this.kind = result.kind();
		this.verdict = result.verdict();
		this.missing = String.join(",", result.missing());
		this.planJson = planJson;
		this.conditionsJson = conditionsJson;
		this.changesJson = changesJson;
		this.surveyed = result.surveyed() == null ? null : String.join(",", result.surveyed());
		for (int i = 0; i < result.findings().size(); i++) {
			findings.add(new SurveyFinding(i, result.findings().get(i)));
		}
	}

	Long getId() {
		return id;
	}

	Long getSurveyId() {
		return surveyId;
	}

	String getFacilityId() {
		return facilityId;
	}

	String getName() {
		return name;
	}

	FacilityKind getKind() {
		return kind;
	}

	String getVerdict() {
		return verdict;
	}

	List<String> getMissing() {
		return missing == null || missing.isBlank() ? List.of() : List.of(missing.split(","));
	}

	/** The criteria measured in this survey; null for a survey stored before they were recorded. */
	List<String> getSurveyed() {
		return surveyed == null ? null : surveyed.isBlank() ? List.of() : List.of(surveyed.split(","));
	}

	String getPlanJson() {
		return planJson;
	}

	String getConditionsJson() {
		return conditionsJson;
	}

	String getChangesJson() {
		return changesJson;
	}

	List<SurveyFinding> getFindings() {
		return findings;
	}

}
