package org.hria.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hria.rules.Evaluation;
import org.hria.rules.RuleEngine;
import org.hria.rules.RuleHit;
import org.springframework.stereotype.Component;

/** Checks one facility at a time against the survey rules: thresholds, counts, missing criteria, verdict. */
@Component
public class SurveyChecker {

	static final String DOMAIN = "survey";

	private final RuleEngine engine;

	public SurveyChecker(RuleEngine engine) {
		this.engine = engine;
	}

	public String ruleSetVersion() {
		return engine.current().version();
	}

	public FacilityResult check(Facility facility) {
		List<Object> facts = new ArrayList<>(facility.getMeasurements().size() + 1);
		facts.add(facility);
		facts.addAll(facility.getMeasurements());
		Evaluation evaluation = engine.evaluate(DOMAIN, facts);
		String verdict = null;
		List<Finding> findings = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<String> fired = new ArrayList<>();
		for (RuleHit hit : evaluation.hits()) {
			fired.add(hit.ruleId());
			if (hit.details().containsKey("verdict")) {
				verdict = String.valueOf(hit.details().get("verdict"));
			}
			else if (hit.subject() instanceof Facility) {
				missing.add(String.valueOf(hit.details().get("criterion")));
			}
			else {
				findings.add(Finding.of(hit));
			}
		}
		findings.sort(Comparator.comparing(Finding::priority, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Finding::criterion));
		return new FacilityResult(facility.getFacilityId(), facility.getName(), facility.getKind(), verdict, findings,
				missing, fired, plan(facility.getKind(), verdict, findings), conditions(facility.getKind(), findings),
				null);
	}

	private static FacilityResult.StationPlan plan(FacilityKind kind, String verdict, List<Finding> findings) {
		if (kind != FacilityKind.POLLING_STATION) {
			return null;
		}
		Set<String> measures = new LinkedHashSet<>();
		Set<String> bring = new LinkedHashSet<>();
		for (Finding finding : findings) {
			if ("TEMPORARY".equals(finding.remedyType())) {
				measures.add(finding.remedy());
				if (finding.bring() != null) {
					for (String item : finding.bring().split(";")) {
						bring.add(item.strip());
					}
				}
			}
		}
		return new FacilityResult.StationPlan(List.copyOf(measures), List.copyOf(bring), "RELOCATE".equals(verdict));
	}

	private static List<String> conditions(FacilityKind kind, List<Finding> findings) {
		if (kind != FacilityKind.EVENT) {
			return null;
		}
		return findings.stream()
			.filter(finding -> "TEMPORARY".equals(finding.remedyType()))
			.map(Finding::remedy)
			.distinct()
			.toList();
	}

}
