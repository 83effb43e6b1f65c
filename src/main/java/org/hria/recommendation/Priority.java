package org.hria.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hria.rules.RuleEngine;
import org.hria.rules.RuleInfo;
import org.hria.rules.RuleSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The explainable priority of spec 3.4: {@code severity x reach x (1 + vulnerability + urgency)}
 * with every weight from triage.csv; each part says what it counted and where its weight comes from.
 */
@Component
class Priority {

	private final FindingRefRepository findings;

	private final RuleEngine rules;

	private final TriageSettings settings;

	private final Taxonomy taxonomy;

	private final ObjectProvider<Clock> clock;

	Priority(FindingRefRepository findings, RuleEngine rules, TriageSettings settings, Taxonomy taxonomy,
			ObjectProvider<Clock> clock) {
		this.findings = findings;
		this.rules = rules;
		this.settings = settings;
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	/**
	 * What the officer tells triage beyond the findings: people affected a year (reach; null: count
	 * the places) and a dated event with its name (urgency; null: none).
	 */
	record Estimates(Integer reachPeople, LocalDate eventDate, String eventName) {

		static Estimates of(Recommendation rec) {
			return new Estimates(rec.reachPeople, rec.eventDate, rec.eventName);
		}

	}

	/** One factor of the score: the weight used, what it counted, and the weight's source and status. */
	record Part(String name, double value, String explanation, String source, String status) {
	}

	/** The parts, the score, the level it gives and, when an advisory finding capped it, why. */
	record Score(List<Part> parts, double score, String level, String cap) {

		Map<String, Object> toView() {
			return Map.of("parts", parts, "score", score, "level", level, "cap", cap == null ? "" : cap);
		}

	}

	/** The score of a recommendation for the target groups and estimates given (chosen, or being chosen). */
	Score of(long recommendationId, Collection<String> targetGroups, Estimates estimates) {
		List<FindingRef> linked = findings.findByRecommendationIdOrderById(recommendationId);
		Map<String, RuleInfo> catalogue = catalogue();
		List<Part> parts = new ArrayList<>();
		parts.add(severity(linked, catalogue));
		parts.add(estimates.reachPeople() == null ? reach(linked) : reach(estimates.reachPeople()));
		parts.add(vulnerability(targetGroups));
		parts.add(Urgency.of(estimates.eventDate(), estimates.eventName(), today(),
				settings.required("urgency", "dated_event"), settings.required("urgency", "window_days")));
		double score = parts.get(0).value() * parts.get(1).value()
				* (1 + parts.get(2).value() + parts.get(3).value());
		score = Math.round(score * 100) / 100.0;
		String level = score >= settings.required("level", "P1").number() ? "P1"
				: score >= settings.required("level", "P2").number() ? "P2" : "P3";
		List<String> advisory = linked.stream()
			.filter(f -> f.ruleId != null && catalogue.containsKey(f.ruleId))
			.filter(f -> "U".equals(catalogue.get(f.ruleId).status()))
			.map(f -> f.ruleId)
			.distinct()
			.toList();
		String cap = null;
		if (!advisory.isEmpty()) {
			String capLevel = settings.required("cap", "U").value();
			if (level.compareTo(capLevel) < 0) {
				level = capLevel;
			}
			cap = "rules of status U (advisory) cap at " + capLevel + ": " + advisory;
		}
		return new Score(parts, score, level, cap);
	}

	private Part severity(List<FindingRef> linked, Map<String, RuleInfo> catalogue) {
		TriageSettings.Weight best = null;
		String because = "no finding";
		for (FindingRef finding : linked) {
			RuleInfo rule = finding.ruleId == null ? null : catalogue.get(finding.ruleId);
			String key = rule == null || rule.severity() == null ? "UNKNOWN" : rule.severity().toUpperCase();
			TriageSettings.Weight weight = settings.weight("severity", key)
				.orElseGet(() -> settings.required("severity", "UNKNOWN"));
			if (best == null || weight.number() > best.number()) {
				best = weight;
				because = finding.findingId + " (rule " + finding.ruleId + ") is " + key
						+ (rule == null ? ": rule not in the loaded catalogue" : "");
			}
		}
		TriageSettings.Weight used = best == null ? settings.required("severity", "UNKNOWN") : best;
		return new Part("severity", used.number(), "highest: " + because, used.source(), used.status());
	}

	private Part reach(List<FindingRef> linked) {
		Set<String> sources = new TreeSet<>();
		linked.forEach(f -> sources.add(f.sourceType + ":" + f.sourceId));
		TriageSettings.Weight used = null;
		for (TriageSettings.Weight band : settings.part("reach")) {
			if (sources.size() >= Integer.parseInt(band.key())
					&& (used == null || Integer.parseInt(band.key()) > Integer.parseInt(used.key()))) {
				used = band;
			}
		}
		if (used == null) {
			used = settings.required("reach", "1");
		}
		return new Part("reach", used.number(),
				linked.size() + " findings from " + sources.size() + " distinct assessments " + sources, used.source(),
				used.status());
	}

	private Part vulnerability(Collection<String> targetGroups) {
		TriageSettings.Weight weight = settings.required("vulnerability", "vulnerable_group");
		List<String> vulnerable = taxonomy.terms(Taxonomy.TARGET_GROUP)
			.stream()
			.filter(t -> t.vulnerable() && targetGroups.contains(t.code()))
			.map(Taxonomy.Term::code)
			.toList();
		return new Part("vulnerability", vulnerable.isEmpty() ? 0 : weight.number(),
				vulnerable.isEmpty() ? "no vulnerable target group chosen" : "vulnerable groups " + vulnerable,
				weight.source(), weight.status());
	}

	/** Reach from the officer's estimate of people affected a year: the highest band it reaches. */
	private Part reach(int people) {
		TriageSettings.Weight used = settings.required("reach_people", "0");
		for (TriageSettings.Weight band : settings.part("reach_people")) {
			if (people >= Integer.parseInt(band.key()) && Integer.parseInt(band.key()) > Integer.parseInt(used.key())) {
				used = band;
			}
		}
		return new Part("reach", used.number(), "officer's estimate: " + people + " people a year", used.source(),
				used.status());
	}

	double windowDays() {
		return settings.required("urgency", "window_days").number();
	}

	LocalDate today() {
		return LocalDate.now(clock.getIfUnique(() -> Clock.system(Clocks.CITY)));
	}

	/** Rule id to its catalogue entry; rows of one id (bands) keep the highest severity, and U if any row is U. */
	private Map<String, RuleInfo> catalogue() {
		RuleSet current = rules.current();
		Map<String, RuleInfo> byId = new HashMap<>();
		List<String> order = List.of("INFO", "MINOR", "MAJOR", "CRITICAL");
		for (String domain : current.domains()) {
			for (RuleInfo rule : current.catalogue(domain)) {
				if (rule.id() == null) {
					continue;
				}
				byId.merge(rule.id(), rule, (a, b) -> {
					RuleInfo higher = order.indexOf(upper(b.severity())) > order.indexOf(upper(a.severity())) ? b : a;
					String status = "U".equals(a.status()) || "U".equals(b.status()) ? "U" : higher.status();
					return new RuleInfo(higher.id(), higher.domain(), higher.name(), higher.severity(), higher.basis(),
							status, higher.file());
				});
			}
		}
		return byId;
	}

	private static String upper(String text) {
		return text == null ? "" : text.toUpperCase();
	}

}
