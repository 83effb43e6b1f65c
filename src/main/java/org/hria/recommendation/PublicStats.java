package org.hria.recommendation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public figures of spec 4.2, counted over published recommendations only and from exactly
 * what the public list shows: acceptance by the NHRCK convention with the full-acceptance rate
 * beside it, and verified implementation with self-declared implementation apart.
 */
final class PublicStats {

	static final String DEFINITIONS = "acceptanceRate = (ACCEPTED + PARTIALLY_ACCEPTED) / responses (NHRCK convention); "
			+ "fullAcceptanceRate = ACCEPTED / responses; implementationRate = assignments VERIFIED or CLOSED as "
			+ "IMPLEMENTED_VERIFIED / assignments ACCEPTED or PARTIALLY_ACCEPTED; selfDeclared = IMPLEMENTED, not yet verified; "
			+ "published recommendations only";

	private PublicStats() {
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> of(List<Map<String, Object>> published) {
		Map<String, Integer> byState = new TreeMap<>();
		Map<String, Integer> byResponse = new TreeMap<>();
		int responses = 0;
		int verified = 0;
		int selfDeclared = 0;
		for (Map<String, Object> item : published) {
			byState.merge(String.valueOf(item.get("state")), 1, Integer::sum);
			for (Map<String, Object> a : (List<Map<String, Object>>) item.get("addressees")) {
				Object response = a.get("responseCategory");
				if (response != null) {
					responses++;
					byResponse.merge(response.toString(), 1, Integer::sum);
				}
				verified += isVerified(a) ? 1 : 0;
				selfDeclared += "IMPLEMENTED".equals(a.get("state")) ? 1 : 0;
			}
		}
		int accepted = byResponse.getOrDefault("ACCEPTED", 0);
		int acceptedInPart = accepted + byResponse.getOrDefault("PARTIALLY_ACCEPTED", 0);
		Map<String, Object> stats = new LinkedHashMap<>();
		stats.put("published", published.size());
		stats.put("byState", byState);
		stats.put("responses", responses);
		stats.put("byResponse", byResponse);
		stats.put("acceptanceRate", rate(acceptedInPart, responses));
		stats.put("fullAcceptanceRate", rate(accepted, responses));
		stats.put("implementationVerified", verified);
		stats.put("implementationRate", rate(verified, acceptedInPart));
		stats.put("selfDeclaredImplemented", selfDeclared);
		stats.put("definitions", DEFINITIONS);
		return stats;
	}

	private static boolean isVerified(Map<String, Object> assignment) {
		return "VERIFIED".equals(assignment.get("state"))
				|| ("CLOSED".equals(assignment.get("state")) && "IMPLEMENTED_VERIFIED".equals(assignment.get("outcome")));
	}

	/** A share rounded to three places, or null when nothing was counted (not 0: no rate yet). */
	private static Double rate(int part, int whole) {
		return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
	}

}
