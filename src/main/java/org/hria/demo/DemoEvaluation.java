package org.hria.demo;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored demo evaluation, with the version of the rule set that computed it. */
@Entity
@Table(name = "demo_evaluation")
class DemoEvaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "rule_set_version", nullable = false)
	private String ruleSetVersion;

	@Column(nullable = false)
	private int measurements;

	@Column(name = "hits_json", nullable = false)
	private String hitsJson;

	protected DemoEvaluation() {
	}

	DemoEvaluation(String createdBy, String ruleSetVersion, int measurements, String hitsJson) {
		this.createdAt = Instant.now();
		this.createdBy = createdBy;
		this.ruleSetVersion = ruleSetVersion;
		this.measurements = measurements;
		this.hitsJson = hitsJson;
	}

	Long getId() {
		return id;
	}

	String getRuleSetVersion() {
		return ruleSetVersion;
	}

	String getHitsJson() {
		return hitsJson;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
