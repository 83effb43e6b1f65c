package org.hria.recommendation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where findings come from. Each assessment domain (ordinance reviews, facility surveys,
 * corporate gaps, ombudsperson cases) registers one bean that resolves its own finding ids, which
 * carry the domain's prefix ({@code ORD-}, {@code SUR-}, {@code CORP-}) so they never collide; a
 * request may also pass findings as structured references (see {@link FindingSources}). Public so
 * the domain packages can implement it.
 */
public interface FindingLookup {

	/** ORDINANCE, SURVEY, CORPORATE or CASE. */
	String sourceType();

	/**
	 * The finding with this id, with its source id, rule id and locator, if this source has it and
	 * the viewer may see it (a finding the viewer may not see is answered as unknown).
	 */
	Optional<FindingView> find(String findingId, Viewer viewer);

	/**
	 * Checks the finding again on the later assessment of the same subject (a re-survey of the
	 * facility, a new version of the draft) for a verification {@code method}; empty when this
	 * source cannot re-check by that method.
	 */
	default Optional<Recheck> recheck(String findingId, String method) {
		return Optional.empty();
	}

	/** What a domain hands over about one of its findings. */
	record FindingView(String sourceId, String findingId, String ruleId, String locator) {
	}

	/** Who asks: user name and granted authorities ({@code ROLE_BUREAU_OFFICER}, ...). */
	record Viewer(String username, Set<String> authorities) {

		public boolean hasAnyRole(String... roles) {
			for (String role : roles) {
				if (authorities.contains("ROLE_" + role)) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * The outcome of a re-check: {@code evidence} names the later assessment used (null when there
	 * is none yet), {@code rulesRechecked} the rule ids run again, {@code stillFailing} a description
	 * of each part that still fails (empty: the finding is gone).
	 */
	record Recheck(String evidence, List<String> rulesRechecked, List<String> stillFailing) {

		public boolean passed() {
			return evidence != null && stillFailing.isEmpty();
		}

	}

}
