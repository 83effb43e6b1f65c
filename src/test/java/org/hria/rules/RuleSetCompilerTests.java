package org.hria.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hria.demo.DemoMeasurement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.StatelessKieSession;

/** In the order Drools itself tests tables: compile, expected rule names, one fact. */
class RuleSetCompilerTests {

	private static RuleSet demo;

	@BeforeAll
	static void compileShippedRules() {
		demo = new RuleSetCompiler().compile(new RuleDirectory(Path.of("rules")).readAll());
	}

	@Test
	void loadsTheRuleNamesTheDemoTableDefines() {
		assertThat(demo.catalogue("demo")).extracting(RuleInfo::id)
			.contains("DEMO-DOOR-WIDTH", "DEMO-ROOM-TEMPERATURE", "DEMO-MISSING-VALUE");
	}

	@Test
	void readsIdSeverityBasisAndFileFromTableRowsAndDrlMetadata() {
		assertThat(demo.catalogue("demo")).filteredOn(rule -> "DEMO-DOOR-WIDTH".equals(rule.id()))
			.singleElement()
			.satisfies(rule -> {
				assertThat(rule.severity()).isEqualTo("MAJOR");
				assertThat(rule.basis()).isEqualTo("Demo standard 1.1 (illustration only)");
				assertThat(rule.file()).isEqualTo("demo/room-thresholds.drl.csv");
				assertThat(rule.status()).isEqualTo("U");
			});
		assertThat(demo.catalogue("demo")).filteredOn(rule -> "DEMO-MISSING-VALUE".equals(rule.id()))
			.singleElement()
			.satisfies(rule -> assertThat(rule.file()).isEqualTo("demo/missing-values.drl"));
	}

	@Test
	void firesTheThresholdRowOnlyBelowTheMinimum() {
		assertThat(run(new DemoMeasurement("room 1", "door_width", new BigDecimal("850"), "mm")))
			.singleElement()
			.satisfies(hit -> {
				assertThat(hit.ruleId()).isEqualTo("DEMO-DOOR-WIDTH");
				assertThat(hit.severity()).isEqualTo("MAJOR");
				assertThat(hit.details()).containsEntry("required", new BigDecimal("900"));
			});
		assertThat(run(new DemoMeasurement("room 1", "door_width", new BigDecimal("900"), "mm"))).isEmpty();
	}

	@Test
	void namesFileAndLineOfASyntaxError() {
		Map<String, byte[]> files = new TreeMap<>();
		files.put("demo/broken.drl", "package rules.demo;\n\nrule \"x\"\nwhen\n  This is not DRL(\nthen\nend\n"
			.getBytes(StandardCharsets.UTF_8));
		assertThatExceptionOfType(RuleCompilationException.class)
			.isThrownBy(() -> new RuleSetCompiler().compile(files))
			.satisfies(ex -> assertThat(ex.problems()).first().satisfies(problem -> {
				assertThat(problem.file()).isEqualTo("demo/broken.drl");
				assertThat(problem.line()).isPositive();
			}));
	}

	@Test
	void givesTheSameVersionForTheSameFiles() {
		RuleSet again = new RuleSetCompiler().compile(new RuleDirectory(Path.of("rules")).readAll());
		assertThat(again.version()).isEqualTo(demo.version());
	}

	private static List<RuleHit> run(Object fact) {
		StatelessKieSession session = demo.kieBase("demo").orElseThrow().newStatelessKieSession();
		RuleHits hits = new RuleHits();
		session.setGlobal("hits", hits);
		session.execute(List.of(fact));
		return hits.asList();
	}

}
