package org.hria.rules;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a rule file that does not compile at start-up into a message naming the file and the line. */
class RuleCompilationFailureAnalyzer extends AbstractFailureAnalyzer<RuleCompilationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RuleCompilationException cause) {
		String problems = cause.problems()
			.stream()
			.map(problem -> "  " + problem)
			.collect(Collectors.joining("\n"));
		return new FailureAnalysis("The rule files under hria.rules-dir do not compile:\n" + problems,
				"Fix the file and line named above (or restore the previous version of the file), then start again.",
				cause);
	}

}
