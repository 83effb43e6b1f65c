package org.hria.rules;

import java.util.List;

/** What one stateless evaluation produced, and the version of the rule set that produced it. */
public record Evaluation(String ruleSetVersion, List<RuleHit> hits) {
}
