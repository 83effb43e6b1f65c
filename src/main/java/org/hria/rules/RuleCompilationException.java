package org.hria.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rule base did not compile; the running rules (if any) stay in service. */
public class RuleCompilationException extends RuntimeException {

	private final List<RuleProblem> problems;

	public RuleCompilationException(List<RuleProblem> problems) {
		super("The rules did not compile: "
				+ problems.stream().map(RuleProblem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<RuleProblem> problems() {
		return problems;
	}

}
