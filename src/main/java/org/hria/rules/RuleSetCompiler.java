package org.hria.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles rule files into a {@link RuleSet}: one KieModule, hence one KieBase, per domain (the
 * first folder under the rules directory). Each module is removed from the KieRepository as soon
 * as its container exists, so repeated reloads do not leak old generations.
 */
class RuleSetCompiler {

	private static final String RESOURCE_ROOT = "src/main/resources/rules/";

	private final KieServices kieServices = KieServices.Factory.get();

	RuleSet compile(Map<String, byte[]> filesByPath) {
		Map<String, String> checksums = new TreeMap<>();
		filesByPath.forEach((path, content) -> checksums.put(path, Checksums.sha256(content)));
		String version = Checksums.ofRuleSet(checksums);

		Map<String, KieBase> kieBases = new ConcurrentHashMap<>();
		Map<String, Set<String>> globals = new ConcurrentHashMap<>();
		List<RuleInfo> loaded = Collections.synchronizedList(new ArrayList<>());
		List<RuleProblem> problems = Collections.synchronizedList(new ArrayList<>());
		// Domains are independent modules: building them side by side shortens start-up and reloads.
		byDomain(filesByPath).entrySet().parallelStream().forEach(domain -> {
			try {
				KieBase kieBase = build(domain.getKey(), version, domain.getValue());
				kieBases.put(domain.getKey(), kieBase);
				globals.put(domain.getKey(), globalNames(kieBase));
				loaded.addAll(catalogue(domain.getKey(), kieBase));
			}
			catch (RuleCompilationException ex) {
				problems.addAll(ex.problems());
			}
		});
		problems.sort(Comparator.comparing(RuleProblem::file));
		if (!problems.isEmpty()) {
			throw new RuleCompilationException(problems);
		}
		loaded.sort(Comparator.comparing(RuleInfo::domain).thenComparing(RuleInfo::file)
			.thenComparing(rule -> String.valueOf(rule.id())));
		Map<Boolean, List<RuleInfo>> checksAndData = loaded.stream()
			.collect(Collectors.partitioningBy(rule -> rule.severity() != null));
		return new RuleSet(version, Instant.now(), Map.copyOf(kieBases), Map.copyOf(globals),
				List.copyOf(checksAndData.get(true)), List.copyOf(checksAndData.get(false)), Map.copyOf(checksums));
	}

	private static Map<String, Map<String, byte[]>> byDomain(Map<String, byte[]> filesByPath) {
		Map<String, Map<String, byte[]>> byDomain = new TreeMap<>();
		filesByPath.forEach((path, content) -> byDomain
			.computeIfAbsent(path.substring(0, path.indexOf('/')), domain -> new LinkedHashMap<>())
			.put(path, content));
		return byDomain;
	}

	private KieBase build(String domain, String version, Map<String, byte[]> files) {
		ReleaseId releaseId = kieServices.newReleaseId("org.hria.rules", domain, "1.0.0-" + version);
		KieFileSystem fileSystem = kieServices.newKieFileSystem();
		fileSystem.generateAndWritePomXML(releaseId);
		files.forEach((path, content) -> fileSystem.write(RESOURCE_ROOT + path,
				kieServices.getResources().newByteArrayResource(content).setSourcePath(path)));
		KieBuilder builder = kieServices.newKieBuilder(fileSystem).buildAll();
		List<RuleProblem> errors = builder.getResults()
			.getMessages(Message.Level.ERROR)
			.stream()
			.map(RuleSetCompiler::problem)
			.toList();
		if (!errors.isEmpty()) {
			kieServices.getRepository().removeKieModule(releaseId);
			throw new RuleCompilationException(errors);
		}
		try {
			KieContainer container = kieServices.newKieContainer(releaseId);
			return container.getKieBase();
		}
		finally {
			kieServices.getRepository().removeKieModule(releaseId);
		}
	}

	private static RuleProblem problem(Message message) {
		return new RuleProblem(relative(message.getPath()), message.getLine(), message.getText().strip());
	}

	private static Set<String> globalNames(KieBase kieBase) {
		return kieBase.getKiePackages()
			.stream()
			.flatMap(pkg -> pkg.getGlobalVariables().stream())
			.map(Global::getName)
			.collect(Collectors.toUnmodifiableSet());
	}

	private static List<RuleInfo> catalogue(String domain, KieBase kieBase) {
		List<RuleInfo> rules = new ArrayList<>();
		for (KiePackage pkg : kieBase.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				rules.add(RuleInfo.of(domain, rule.getName(), sourceFile(rule), rule.getMetaData()));
			}
		}
		return rules;
	}

	private static String sourceFile(Rule rule) {
		if (rule instanceof RuleImpl impl && impl.getResource() != null) {
			return relative(impl.getResource().getSourcePath());
		}
		return null;
	}

	/** Drools reports paths with or without the module's resource root; show them as the rules directory does. */
	private static String relative(String path) {
		if (path == null) {
			return "(rule base)";
		}
		for (String prefix : new String[] { "src/main/resources/", "rules/" }) {
			if (path.startsWith(prefix)) {
				path = path.substring(prefix.length());
			}
		}
		return path;
	}

}
