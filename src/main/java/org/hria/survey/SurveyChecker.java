package org.hria.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.hria.rules.Evaluation;
import org.hria.rules.RuleEngine;
import org.hria.rules.RuleHit;
import org.springframework.stereotype.Component;

/**
 * Checks facilities against the survey rules: thresholds, counts, missing criteria, verdict.
 * Several facilities share one stateless session (the rules join on the facility id), which
 * spreads the cost of a session over a batch. Only the facilities are facts: the rules read
 * their measurements through {@link Facility#measurement(String)}.
 */
@Component
public class SurveyChecker {

	static final String DOMAIN = "survey";

	private final RuleEngine engine;

	/**
	 * Checks batches beside the thread that reads the file. Bounded: when every worker is busy and
	 * the queue is full, the reader checks the batch itself, so an upload never waits on others'.
	 */
	private final ThreadPoolExecutor workers;

	public SurveyChecker(RuleEngine engine) {
		this.engine = engine;
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
		AtomicInteger count = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(2 * threads), task -> {
					Thread thread = new Thread(task, "survey-check-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.CallerRunsPolicy());
		this.workers.allowCoreThreadTimeOut(true);
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}

	public String ruleSetVersion() {
		return engine.current().version();
	}

	public FacilityResult check(Facility facility) {
		return check(List.of(facility)).get(0);
	}

	/** {@link #check(List)} on a worker thread; the list is handed over and must not change after. */
	Future<List<FacilityResult>> checkAhead(List<Facility> facilities) {
		return workers.submit(() -> check(facilities));
	}

	/**
	 * Checks the first of {@code batches} that no worker has started yet on the calling thread: a
	 * reader that would otherwise wait for the workers helps them instead.
	 */
	void checkHereIfWaiting(Iterator<Future<List<FacilityResult>>> batches) {
		while (batches.hasNext()) {
			if (batches.next() instanceof RunnableFuture<?> batch && workers.remove(batch)) {
				batch.run();
				return;
			}
		}
	}

	/** One result per facility, in the same order. */
	public List<FacilityResult> check(List<Facility> facilities) {
		List<Object> facts = new ArrayList<>();
		Map<Facility, Outcome> outcomes = new IdentityHashMap<>(facilities.size());
		for (Facility facility : facilities) {
			facts.add(facility);
			outcomes.put(facility, new Outcome());
		}
		Evaluation evaluation = engine.evaluate(DOMAIN, facts);
		Map<String, Finding.RuleParts> rules = new HashMap<>();
		for (RuleHit hit : evaluation.hits()) {
			Facility facility = hit.subject() instanceof Measurement m ? m.getFacility() : (Facility) hit.subject();
			outcomes.get(facility).add(hit, rules);
		}
		return facilities.stream().map(facility -> outcomes.get(facility).result(facility)).toList();
	}

	private static final Comparator<Finding> BY_PRIORITY = Comparator
		.comparing(Finding::priority, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
		.thenComparing(Finding::criterion);

	/** The hits of one facility, sorted into verdict, missing criteria and findings. */
	private static final class Outcome {

		private String verdict;

		private final List<Finding> findings = new ArrayList<>();

		private final List<String> missing = new ArrayList<>();

		private final List<String> fired = new ArrayList<>();

		void add(RuleHit hit, Map<String, Finding.RuleParts> rules) {
			fired.add(hit.ruleId());
			if (hit.details().containsKey("verdict")) {
				verdict = String.valueOf(hit.details().get("verdict"));
			}
			else if (hit.subject() instanceof Facility) {
				missing.add(String.valueOf(hit.details().get("criterion")));
			}
			else {
				findings.add(Finding.of(hit, rules.computeIfAbsent(hit.ruleName(), name -> Finding.RuleParts.of(hit))));
			}
		}

		FacilityResult result(Facility facility) {
			findings.sort(BY_PRIORITY);
			return new FacilityResult(facility.getFacilityId(), facility.getName(), facility.getKind(), verdict,
					List.copyOf(findings), List.copyOf(missing), List.copyOf(fired),
					plan(facility.getKind(), verdict, findings), conditions(facility.getKind(), findings), null,
					facility.surveyedCriteria());
		}

	}

	private static FacilityResult.StationPlan plan(FacilityKind kind, String verdict, List<Finding> findings) {
		if (kind != FacilityKind.POLLING_STATION) {
			return null;
		}
		Set<String> measures = new LinkedHashSet<>();
		Set<String> bring = new LinkedHashSet<>();
		Set<String> seen = new HashSet<>();
		for (Finding finding : findings) {
			if ("TEMPORARY".equals(finding.remedyType())) {
				measures.add(finding.remedy());
				if (finding.bring() != null && seen.add(finding.bring())) {
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
