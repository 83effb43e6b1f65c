package org.hria.recommendation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The problem details of spec 5.3: 400, 404, 409, 412 and 422 of the lifecycle. */
class LifecycleProblem extends ErrorResponseException {

	private static final String TYPES = "https://hria.org/problems/";

	private LifecycleProblem(HttpStatus status, String type, String title, String detail) {
		super(status, problem(status, type, title, detail), null);
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPES + type));
		problem.setTitle(title);
		return problem;
	}

	private LifecycleProblem with(String name, Object value) {
		getBody().setProperty(name, value);
		return this;
	}

	static LifecycleProblem notFound(String what, long id) {
		return new LifecycleProblem(HttpStatus.NOT_FOUND, "not-found", "Not found",
				"There is no " + what + " " + id + " that you may see. Check the id.");
	}

	static LifecycleProblem illegal(String action, String currentState, List<String> allowed) {
		return new LifecycleProblem(HttpStatus.CONFLICT, "illegal-transition", "Action not allowed now",
				"The action '" + action + "' is not possible in state " + currentState
						+ ". Choose one of allowedActions or reload the record.")
			.with("currentState", currentState)
			.with("action", action)
			.with("allowedActions", allowed);
	}

	static LifecycleProblem unknownAction(String action, List<String> allowed) {
		return new LifecycleProblem(HttpStatus.BAD_REQUEST, "validation", "Unknown action",
				"There is no action '" + action + "'. Use one of allowedActions.")
			.with("errors", List.of(TransitionData.error("action", "unknown", "is not an action of the lifecycle")))
			.with("allowedActions", allowed);
	}

	static LifecycleProblem invalid(List<Map<String, String>> errors) {
		String fields = String.join("; ", errors.stream().map(e -> e.get("message")).toList());
		return new LifecycleProblem(HttpStatus.BAD_REQUEST, "validation", "Missing or invalid fields",
				"Correct these fields and send again: " + fields + ".")
			.with("errors", errors);
	}

	static LifecycleProblem invalid(String field, String code, String message) {
		return invalid(List.of(TransitionData.error(field, code, message)));
	}

	static LifecycleProblem stale(long currentVersion) {
		return new LifecycleProblem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Changed meanwhile",
				"The record was changed since you read it (If-Match). Reload it and decide again.")
			.with("currentVersion", currentVersion);
	}

	static LifecycleProblem concurrent() {
		return new LifecycleProblem(HttpStatus.CONFLICT, "concurrent-modification", "Changed meanwhile",
				"Someone changed this record at the same moment. Reload it and try again.");
	}

	static LifecycleProblem extensionTooLong(LocalDate maxAllowed) {
		return new LifecycleProblem(HttpStatus.UNPROCESSABLE_CONTENT, "extension-too-long", "Extension too long",
				"The new due date is later than the deadline rule allows. The latest allowed date is " + maxAllowed
						+ ".")
			.with("maxAllowedDate", maxAllowed == null ? null : maxAllowed.toString());
	}

	static LifecycleProblem personalData(String field, String kind) {
		return new LifecycleProblem(HttpStatus.BAD_REQUEST, "personal-data", "Personal data in a public field",
				"The field " + field + " seems to contain " + kind.toLowerCase().replace('_', ' ')
						+ ". Remove it before publishing.")
			.with("errors", List.of(Map.of("field", field, "code", "personal-data", "message",
					field + " contains " + kind, "pattern", kind)));
	}

	static LifecycleProblem stillFailing(String method, List<String> rules, List<String> failing) {
		return new LifecycleProblem(HttpStatus.CONFLICT, "recheck-failed", "The finding is still there",
				"The " + method + " re-check still fails: " + String.join("; ", failing)
						+ ". Verification cannot PASS; use fail_verification, or re-check after the next "
						+ ("RESURVEY".equals(method) ? "survey of the facility." : "version of the text."))
			.with("method", method)
			.with("stillFailingRules", rules)
			.with("stillFailing", failing)
			.with("allowedActions", List.of("fail_verification"));
	}

}
