package org.hria.rules;

import java.util.Map;

/**
 * A rule fired on a fact. The rule's identity (id, severity, basis, status) is read from the
 * rule's own metadata, so a finding can never name a basis its rule does not carry.
 */
public record RuleHit(String ruleId, String ruleName, String severity, String basis, String status, Object subject,
		Map<String, Object> details) {
}
