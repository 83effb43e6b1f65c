package org.hria.recommendation;

/**
 * A finding as the recommendation sees it, whatever assessment produced it. The locator is the
 * human-readable locus: article and quote; facility, criterion and measured value; enterprise,
 * area and item; or a case reference.
 */
record Finding(SourceType sourceType, String sourceId, String findingId, String ruleId, String locator) {

	enum SourceType {

		ORDINANCE, SURVEY, CORPORATE, CASE

	}

}
