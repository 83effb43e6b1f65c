package org.hria.survey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored survey upload, with the version of the rule set that checked it. */
@Entity
@Table(name = "survey")
class Survey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FacilityKind kind;

	@Column(nullable = false)
	private String profile;

	@Column(name = "rule_set_version", nullable = false)
	private String ruleSetVersion;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "facility_count", nullable = false)
	private int facilityCount;

	protected Survey() {
	}

	Survey(String title, FacilityKind kind, String profile, String ruleSetVersion, String createdBy, int facilityCount) {
		this.title = title;
		this.kind = kind;
		this.profile = profile;
		this.ruleSetVersion = ruleSetVersion;
		this.createdAt = Instant.now();
		this.createdBy = createdBy;
		this.facilityCount = facilityCount;
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public FacilityKind getKind() {
		return kind;
	}

	public String getProfile() {
		return profile;
	}

	public String getRuleSetVersion() {
		return ruleSetVersion;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public int getFacilityCount() {
		return facilityCount;
	}

}
