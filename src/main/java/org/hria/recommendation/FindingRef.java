package org.hria.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A finding of any assessment that a recommendation is built from, with its exact locus.
 * {@code originRecommendationId} remembers where it came from so a reopened merge can take it back.
 */
@Entity
@Table(name = "finding_ref")
class FindingRef {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "recommendation_id")
	Long recommendationId;

	@Column(name = "origin_recommendation_id")
	Long originRecommendationId;

	@Column(name = "source_type")
	String sourceType;

	@Column(name = "source_id")
	String sourceId;

	@Column(name = "finding_id")
	String findingId;

	@Column(name = "rule_id")
	String ruleId;

	String locator;

	protected FindingRef() {
	}

	FindingRef(long recommendationId, Finding finding) {
		this.recommendationId = recommendationId;
		this.originRecommendationId = recommendationId;
		this.sourceType = finding.sourceType().name();
		this.sourceId = finding.sourceId();
		this.findingId = finding.findingId();
		this.ruleId = finding.ruleId();
		this.locator = finding.locator();
	}

	Finding toFinding() {
		return new Finding(Finding.SourceType.valueOf(sourceType), sourceId, findingId, ruleId, locator);
	}

}
