package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PublicStatsTests {

	@Test
	void countsPartialAcceptanceAsTheNhrckDoesAndShowsFullAcceptanceBesideIt() {
		Map<String, Object> stats = PublicStats.of(List.of(
				published("IN_IMPLEMENTATION", assignment("VERIFIED", "ACCEPTED", null),
						assignment("IMPLEMENTED", "PARTIALLY_ACCEPTED", null)),
				published("RESPONSE_DUE", assignment("RESPONDED", "NOT_ACCEPTED", null),
						assignment("RESPONSE_DUE", null, null))));
		assertThat(stats).containsEntry("published", 2)
			.containsEntry("responses", 3)
			.containsEntry("acceptanceRate", 0.667)
			.containsEntry("fullAcceptanceRate", 0.333)
			.containsEntry("implementationVerified", 1)
			.containsEntry("implementationRate", 0.5)
			.containsEntry("selfDeclaredImplemented", 1);
		assertThat(stats.get("byState")).isEqualTo(Map.of("IN_IMPLEMENTATION", 1, "RESPONSE_DUE", 1));
	}

	@Test
	void countsAClosedAssignmentAsVerifiedOnlyWhenItClosedAsImplementedVerified() {
		Map<String, Object> stats = PublicStats.of(List.of(published("CLOSED",
				assignment("CLOSED", "ACCEPTED", "IMPLEMENTED_VERIFIED"),
				assignment("CLOSED", "ACCEPTED", "PARTIAL_IMPLEMENTED"))));
		assertThat(stats).containsEntry("implementationVerified", 1).containsEntry("implementationRate", 0.5);
	}

	@Test
	void givesNoRateBeforeAnyResponse() {
		Map<String, Object> stats = PublicStats.of(List.of(published("ROUTED", assignment("ROUTED", null, null))));
		assertThat(stats).containsEntry("responses", 0).containsEntry("acceptanceRate", null)
			.containsEntry("implementationRate", null);
	}

	private static Map<String, Object> published(String state, Map<String, Object>... assignments) {
		return Map.of("state", state, "addressees", List.of(assignments));
	}

	private static Map<String, Object> assignment(String state, String response, String outcome) {
		Map<String, Object> a = new HashMap<>();
		a.put("state", state);
		a.put("responseCategory", response);
		a.put("outcome", outcome);
		return a;
	}

}
