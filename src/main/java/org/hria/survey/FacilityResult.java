package org.hria.survey;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome for one facility: its verdict, the findings (by priority), the mandatory criteria
 * not surveyed, the ids of every rule that fired, and for a polling station its election-day
 * plan. {@code changes} compares with the facility's previous survey, when there is one;
 * {@code surveyed} lists the criteria that were measured (a re-survey passes only what it measured).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FacilityResult(String facilityId, String name, FacilityKind kind, String verdict,
		List<Finding> findings, List<String> missing, @JsonIgnore List<String> firedRules, StationPlan plan,
		List<String> conditions, Changes changes, @JsonIgnore List<String> surveyed) {

	FacilityResult withChanges(Changes changes) {
		return new FacilityResult(facilityId, name, kind, verdict, findings, missing, firedRules, plan, conditions,
				changes, surveyed);
	}

	FacilityResult withFindings(List<Finding> findings) {
		return new FacilityResult(facilityId, name, kind, verdict, findings, missing, firedRules, plan, conditions,
				changes, surveyed);
	}

	/** What changed since the facility's previous survey. */
	public record Changes(Long previousSurveyId, String previousVerdict, List<String> fixed, List<String> newFailures) {
	}

	/** The temporary measures a polling station needs on election day, and what to bring. */
	public record StationPlan(List<String> measures, List<String> bring, boolean relocate) {
	}

}
