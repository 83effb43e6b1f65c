package org.hria.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The rule base did not compile; the running rules (if any) stay in service. Over HTTP this is a
 * 422 problem detail that names the file, the line and the compiler's message.
 */
public class RuleCompilationException extends ErrorResponseException {

	private final List<RuleProblem> problems;

	public RuleCompilationException(List<RuleProblem> problems) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problemDetail(problems), null);
		this.problems = List.copyOf(problems);
	}

	public List<RuleProblem> problems() {
		return problems;
	}

	@Override
	public String getMessage() {
		return "The rules did not compile: "
				+ problems.stream().map(RuleProblem::toString).collect(Collectors.joining("; "));
	}

	private static ProblemDetail problemDetail(List<RuleProblem> problems) {
		RuleProblem first = problems.get(0);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"The rules did not compile, so the running rules stay in service. " + first
						+ (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "")
						+ ". Fix the file and try again.");
		problem.setTitle("Rules do not compile");
		problem.setProperty("errors", problems.stream()
			.map(p -> Map.of("file", p.file(), "line", p.line(), "message", p.message()))
			.toList());
		return problem;
	}

}
