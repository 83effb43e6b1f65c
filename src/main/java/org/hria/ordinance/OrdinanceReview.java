package org.hria.ordinance;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored review of one version of a draft, with the rule-set version that produced its findings. */
@Entity
@Table(name = "ordinance_review")
class OrdinanceReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String language;

	@Column(name = "rule_set_version", nullable = false)
	private String ruleSetVersion;

	@Column(name = "previous_review_id")
	private Long previousReviewId;

	@Column(name = "draft_text", nullable = false)
	private String draftText;

	@Column(name = "articles_json", nullable = false)
	private String articlesJson;

	@Column(name = "findings_json", nullable = false)
	private String findingsJson;

	/** The findings' stable ids, one per line; null for reviews stored before V57. */
	@Column(name = "finding_ids")
	private String findingIds;

	protected OrdinanceReview() {
	}

	OrdinanceReview(String createdBy, String title, String language, String ruleSetVersion, Long previousReviewId,
			String draftText, String articlesJson, String findingsJson, String findingIds) {
		this.createdAt = Instant.now();
		this.createdBy = createdBy;
		this.title = title;
		this.language = language;
		this.ruleSetVersion = ruleSetVersion;
		this.previousReviewId = previousReviewId;
		this.draftText = draftText;
		this.articlesJson = articlesJson;
		this.findingsJson = findingsJson;
		this.findingIds = findingIds;
	}

	Long getId() {
		return id;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	String getCreatedBy() {
		return createdBy;
	}

	String getTitle() {
		return title;
	}

	String getLanguage() {
		return language;
	}

	String getRuleSetVersion() {
		return ruleSetVersion;
	}

	Long getPreviousReviewId() {
		return previousReviewId;
	}

	String getDraftText() {
		return draftText;
	}

	String getArticlesJson() {
		return articlesJson;
	}

	String getFindingsJson() {
		return findingsJson;
	}

	String getFindingIds() {
		return findingIds;
	}

}
