package org.hria.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Every loaded rule says what it is and why, and the rules each domain expects are really loaded. */
@SpringBootTest
@AutoConfigureMockMvc
class RuleCatalogueTests {

	/**
	 * Rule ids each domain must load. Drools silently ignores a decision table whose name does not
	 * end in {@code .drl.csv}; this list catches that.
	 */
	static final Map<String, Set<String>> EXPECTED = Map.of("demo",
			Set.of("DEMO-DOOR-WIDTH", "DEMO-ROOM-TEMPERATURE", "DEMO-MISSING-VALUE"));

	private static final Set<String> SEVERITIES = Set.of("INFO", "MINOR", "MAJOR", "CRITICAL", "HIGH", "MEDIUM",
			"LOW");

	@Autowired
	private RuleEngine engine;

	@Autowired
	private MockMvc mvc;

	@Test
	void everyRuleHasAnIdASeverityABasisAndAFile() {
		assertThat(engine.current().catalogue()).isNotEmpty().allSatisfy(rule -> {
			assertThat(rule.id()).as("id of %s in %s", rule.name(), rule.file()).isNotBlank();
			assertThat(rule.basis()).as("basis of %s in %s", rule.id(), rule.file()).isNotBlank();
			assertThat(rule.severity()).as("severity of %s in %s", rule.id(), rule.file()).isIn(SEVERITIES);
			assertThat(rule.file()).as("file of %s", rule.id()).isNotBlank();
		});
	}

	/**
	 * An id names one rule of one domain. Several Drools rules may carry it when they are bands or
	 * cases of that rule (the parking tables by lot size, each band with its own clause; a committee
	 * rule that is MAJOR on counts and MINOR on a missing clause), but never with the same name.
	 */
	@Test
	void everyDataRowFeedsACheckOfItsDomain() {
		Set<String> checks = engine.current()
			.catalogue()
			.stream()
			.map(rule -> rule.domain() + "/" + rule.id())
			.collect(Collectors.toSet());
		assertThat(engine.current().dataRows()).allSatisfy(row -> assertThat(checks)
			.as("row '%s' of %s has no severity, so it must name an existing check by its id", row.name(), row.file())
			.contains(row.domain() + "/" + row.id()));
	}

	@Test
	void ruleIdsAreUnique() {
		Map<String, List<RuleInfo>> byId = engine.current()
			.catalogue()
			.stream()
			.collect(Collectors.groupingBy(RuleInfo::id));
		assertThat(byId.values()).allSatisfy(rules -> assertThat(rules.stream()
			.map(RuleInfo::domain)
			.distinct()).as("domains of rule %s", rules.get(0).id()).hasSize(1));
		assertThat(engine.current().catalogue().stream().map(rule -> rule.domain() + "/" + rule.name()))
			.as("Drools rule names")
			.doesNotHaveDuplicates();
	}

	@Test
	void sourceStatusIsVV2OrU() {
		assertThat(engine.current().catalogue()).allSatisfy(rule -> assertThat(rule.status())
			.as("status of %s in %s", rule.id(), rule.file())
			.isIn("V", "V2", "U"));
	}

	@Test
	void theRulesEachDomainExpectsAreLoaded() {
		Map<String, Set<String>> loaded = engine.current()
			.catalogue()
			.stream()
			.collect(Collectors.groupingBy(RuleInfo::domain, Collectors.mapping(RuleInfo::id, Collectors.toSet())));
		EXPECTED.forEach((domain, ids) -> assertThat(loaded.getOrDefault(domain, Set.of()))
			.as("rules loaded for domain %s", domain)
			.containsAll(ids));
	}

	/**
	 * Every named row of every {@code *.drl.csv} table is a loaded rule: a table Drools ignored (a
	 * wrong name) or a row it dropped fails here, naming the file and the row.
	 */
	@Test
	void everyNamedDecisionTableRowIsALoadedRule() throws Exception {
		Set<String> loaded = java.util.stream.Stream
			.concat(engine.current().catalogue().stream(), engine.current().dataRows().stream())
			.map(rule -> comparable(rule.name()))
			.collect(Collectors.toSet());
		List<String> tables;
		try (var paths = java.nio.file.Files.walk(java.nio.file.Path.of("rules"))) {
			tables = paths.map(java.nio.file.Path::toString).filter(path -> path.endsWith(".drl.csv")).sorted().toList();
		}
		assertThat(tables).isNotEmpty();
		for (String table : tables) {
			assertThat(DecisionTableRows.ruleNames(java.nio.file.Path.of(table)))
				.as("rule names in %s", table)
				.isNotEmpty()
				.allSatisfy(name -> assertThat(loaded).as("rule '%s' of %s is loaded", name, table)
					.contains(comparable(name)));
		}
	}

	/**
	 * Drools reads a rule name as a DRL string: {@code \\b} becomes a backspace, {@code \\d} a plain
	 * {@code d}. Names are compared with escapes undone and backslashes dropped on both sides.
	 */
	private static String comparable(String name) {
		return name.replace('\b', 'b')
			.replace('\t', 't')
			.replace('\n', 'n')
			.replace('\r', 'r')
			.replace('\f', 'f')
			.replace("\\", "");
	}

	@Test
	void listsRulesAsJsonForAnySignedInUser() throws Exception {
		mvc.perform(get("/api/rules").param("domain", "demo").with(user("d").roles("DRAFTER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == 'DEMO-DOOR-WIDTH')].severity").value("MAJOR"))
			.andExpect(jsonPath("$[?(@.id == 'DEMO-DOOR-WIDTH')].basis").value("Demo standard 1.1 (illustration only)"))
			.andExpect(jsonPath("$[?(@.id == 'DEMO-DOOR-WIDTH')].file").value("demo/room-thresholds.drl.csv"))
			.andExpect(jsonPath("$[?(@.id == 'DEMO-DOOR-WIDTH')].domain").value("demo"));
	}

	@Test
	void refusesAnonymousCallersWith401() throws Exception {
		mvc.perform(get("/api/rules")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/rules").with(httpBasic("nobody", "wrong-password"))).andExpect(status().isUnauthorized());
	}


}
