package org.hria.ordinance;

import java.time.Instant;
import java.util.List;

/**
 * A stored review as the API answers it. {@code comparison} is present when the review is a new
 * version of an earlier one: findings resolved since then, new ones and those that remain (by stable id).
 */
public record ReviewAnswer(Long id, String title, String language, String ruleSetVersion, Instant createdAt,
		String createdBy, List<OrdinanceReviewer.ArticleSummary> articles, List<Finding> findings,
		Comparison comparison) {

	/** The id to cite each finding by in a recommendation ({@code ORD-<review>-<finding>}), by finding id. */
	@com.fasterxml.jackson.annotation.JsonProperty("citeAs")
	public java.util.Map<String, String> citeAs() {
		java.util.Map<String, String> ids = new java.util.LinkedHashMap<>();
		if (id != null) {
			findings.forEach(finding -> ids.put(finding.id(), OrdinanceFindingLookup.idOf(id, finding)));
		}
		return ids;
	}

	/** What changed since the previous version of the same draft. */
	public record Comparison(Long previousReviewId, List<Finding> resolved, List<String> newFindings,
			List<String> remaining) {
	}

}
