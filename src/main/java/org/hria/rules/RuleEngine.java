package org.hria.rules;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.kie.api.runtime.StatelessKieSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * The one entry to the rules: holds the current {@link RuleSet}, evaluates facts in a new
 * stateless session per call, and replaces the rule set atomically on reload or upload. A rule
 * base that does not compile never replaces a running one.
 */
@Service
public class RuleEngine {

	private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);

	public static final String HITS_GLOBAL = "hits";

	private final RuleDirectory directory;

	private final RuleSetCompiler compiler = new RuleSetCompiler();

	private final RuleActivationLog activationLog;

	private final AtomicReference<RuleSet> current = new AtomicReference<>();

	private volatile String lastFailedVersion;

	RuleEngine(RulesProperties properties, RuleActivationLog activationLog) {
		this.directory = new RuleDirectory(properties.rulesDir());
		this.activationLog = activationLog;
		RuleSet initial = compiler.compile(directory.readAll());
		current.set(initial);
		activationLog.record(initial, "system", "STARTUP");
		log.info("Loaded rule set {} from {}: {} rules in domains {}", initial.version(), directory.root(),
				initial.catalogue().size(), initial.domains());
	}

	public RuleSet current() {
		return current.get();
	}

	public Evaluation evaluate(String domain, Collection<?> facts) {
		return evaluate(domain, facts, Map.of());
	}

	public Evaluation evaluate(String domain, Collection<?> facts, Map<String, Object> globals) {
		RuleSet ruleSet = current.get();
		StatelessKieSession session = ruleSet.kieBase(domain)
			.orElseThrow(() -> noRulesFor(domain))
			.newStatelessKieSession();
		Set<String> declared = ruleSet.globalsByDomain().getOrDefault(domain, Set.of());
		RuleHits hits = new RuleHits();
		if (declared.contains(HITS_GLOBAL)) {
			session.setGlobal(HITS_GLOBAL, hits);
		}
		globals.forEach((name, value) -> {
			if (declared.contains(name)) {
				session.setGlobal(name, value);
			}
		});
		session.execute(facts);
		return new Evaluation(ruleSet.version(), hits.asList());
	}

	/** Recompiles everything under the rules directory and swaps it in; throws if it does not compile. */
	public synchronized ReloadResult reload(String actor) {
		RuleSet next = compiler.compile(directory.readAll());
		return activate(next, actor, "RELOAD");
	}

	/** Compiles the whole rule base with {@code content} in place of {@code file} and only then writes and activates it. */
	public synchronized ReloadResult upload(String file, byte[] content, String actor) {
		if (!RuleDirectory.isRuleFile(file)) {
			throw new InvalidRuleFileNameException(file);
		}
		Map<String, byte[]> files = directory.readAll();
		files.put(file, content);
		RuleSet next = compiler.compile(files);
		directory.write(file, content);
		return activate(next, actor, "UPLOAD");
	}

	public java.util.Optional<byte[]> read(String file) {
		return directory.read(file);
	}

	List<RuleActivation> recentActivations(int count) {
		return activationLog.recent(count);
	}

	/** Another instance (or a person on the server) changed the shared directory: follow it. */
	@Scheduled(fixedDelayString = "${hria.rules-poll:10s}", initialDelayString = "${hria.rules-poll:10s}")
	void followDirectory() {
		Map<String, byte[]> files = directory.readAll();
		RuleSet running = current.get();
		java.util.Map<String, String> checksums = new java.util.TreeMap<>();
		files.forEach((path, content) -> checksums.put(path, Checksums.sha256(content)));
		String version = Checksums.ofRuleSet(checksums);
		if (version.equals(running.version()) || version.equals(lastFailedVersion)) {
			return;
		}
		synchronized (this) {
			try {
				activate(compiler.compile(files), "system:directory-watch", "RELOAD");
			}
			catch (RuleCompilationException ex) {
				lastFailedVersion = version;
				log.error("Rule files changed on disk but do not compile; keeping rule set {}: {}", running.version(),
						ex.getMessage());
			}
		}
	}

	private ReloadResult activate(RuleSet next, String actor, String action) {
		RuleSet previous = current.getAndSet(next);
		List<RuleActivation> recorded = activationLog.record(next, actor, action);
		log.info("{} activated rule set {} (was {}): {} rules", actor, next.version(), previous.version(),
				next.catalogue().size());
		return new ReloadResult(previous.version(), next.version(), next.catalogue().size(),
				recorded.stream().map(RuleActivation::getFile).toList());
	}

	private static ErrorResponseException noRulesFor(String domain) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"No rules are loaded for the domain '" + domain + "'. Add rule files under rules/" + domain
						+ "/ and reload the rules.");
		return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
	}

	/** What a reload changed. */
	public record ReloadResult(String previousVersion, String version, int rules, List<String> changedFiles) {
	}

}
