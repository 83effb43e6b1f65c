package org.hria.cases;

import java.util.List;

/** What a case produced: the ids of the rules that fired (one per finding) and the domain's answer. */
public record CaseOutcome(List<String> firedRules, Object result) {
}
