package org.hria.recommendation;

import java.util.Optional;

/**
 * Where findings come from. Each assessment domain (ordinance reviews, facility surveys,
 * corporate gaps, ombudsperson cases) registers one bean that resolves its own finding ids; until
 * they are merged, a request passes findings as structured references instead (see
 * {@link FindingSources}). Public so the domain packages can implement it.
 */
public interface FindingLookup {

	/** ORDINANCE, SURVEY, CORPORATE or CASE. */
	String sourceType();

	/** The finding with this id, with its source id, rule id and locator, if this source has it. */
	Optional<FindingView> find(String findingId);

	/** What a domain hands over about one of its findings. */
	record FindingView(String sourceId, String findingId, String ruleId, String locator) {
	}

}
