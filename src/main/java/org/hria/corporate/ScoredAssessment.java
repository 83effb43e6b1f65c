package org.hria.corporate;

import java.util.List;

/** A computed report and the ids of the rules that fired while computing it, one per finding. */
record ScoredAssessment(Report report, List<String> firedRules) {
}
