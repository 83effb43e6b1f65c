package org.hria.rules;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hria.demo.DemoMeasurement;
import org.kie.api.runtime.StatelessKieSession;

/**
 * {@code ./mvnw -Pbench verify -Dbench=rules}: how long building the rule base from {@code rules/}
 * takes (cold, then warm), and one stateless evaluation of 50 facts against the demo rules.
 */
public final class RulesBenchmark {

	private RulesBenchmark() {
	}

	public static void main(String[] args) {
		Path rulesDir = Path.of(args.length > 0 ? args[0] : "rules");
		RuleDirectory directory = new RuleDirectory(rulesDir);
		RuleSetCompiler compiler = new RuleSetCompiler();

		long start = System.nanoTime();
		Map<String, byte[]> files = directory.readAll();
		RuleSet ruleSet = compiler.compile(files);
		double coldMs = (System.nanoTime() - start) / 1e6;

		int builds = 10;
		start = System.nanoTime();
		for (int i = 0; i < builds; i++) {
			ruleSet = compiler.compile(directory.readAll());
		}
		double warmMs = (System.nanoTime() - start) / 1e6 / builds;

		List<Object> facts = fiftyFacts();
		int hitsPerRun = run(ruleSet, facts);
		for (int i = 0; i < 20_000; i++) {
			run(ruleSet, facts);
		}
		int evaluations = 50_000;
		start = System.nanoTime();
		for (int i = 0; i < evaluations; i++) {
			run(ruleSet, facts);
		}
		double microsPerEvaluation = (System.nanoTime() - start) / 1e3 / evaluations;

		System.out.printf("rules benchmark (%s: %d files, %d rules in %s)%n", rulesDir, files.size(),
				ruleSet.catalogue().size(), ruleSet.domains());
		System.out.printf("  build rule base, cold (first in this JVM): %8.1f ms%n", coldMs);
		System.out.printf("  build rule base, warm (mean of %d):        %8.1f ms%n", builds, warmMs);
		System.out.printf("  stateless evaluation, 50 facts (%d hits):  %8.1f us per evaluation (mean of %d after 20,000 warm-up)%n",
				hitsPerRun, microsPerEvaluation, evaluations);
	}

	private static int run(RuleSet ruleSet, List<Object> facts) {
		StatelessKieSession session = ruleSet.kieBase("demo").orElseThrow().newStatelessKieSession();
		RuleHits hits = new RuleHits();
		session.setGlobal(RuleEngine.HITS_GLOBAL, hits);
		session.execute(facts);
		return hits.asList().size();
	}

	private static List<Object> fiftyFacts() {
		List<Object> facts = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			switch (i % 3) {
				case 0 -> facts.add(new DemoMeasurement("room " + i, "door_width", BigDecimal.valueOf(850 + i * 2), "mm"));
				case 1 -> facts.add(new DemoMeasurement("room " + i, "room_temperature", BigDecimal.valueOf(15 + i % 6), "C"));
				default -> facts.add(new DemoMeasurement("room " + i, "door_width", null, "mm"));
			}
		}
		return facts;
	}

}
