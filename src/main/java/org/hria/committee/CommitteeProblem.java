package org.hria.committee;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Problem details of the committee API: 400 naming the fields (as the lifecycle does), 404 and 409. */
class CommitteeProblem extends ErrorResponseException {

	private CommitteeProblem(HttpStatus status, String type, String title, String detail) {
		super(status, problem(status, type, title, detail), null);
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://hria.org/problems/" + type));
		problem.setTitle(title);
		return problem;
	}

	static CommitteeProblem invalid(List<Map<String, String>> errors) {
		String fields = String.join("; ", errors.stream().map(e -> e.get("message")).toList());
		CommitteeProblem problem = new CommitteeProblem(HttpStatus.BAD_REQUEST, "validation",
				"Missing or invalid fields", "Correct these fields and send again: " + fields + ".");
		problem.getBody().setProperty("errors", errors);
		return problem;
	}

	static CommitteeProblem notFound(String what, long id) {
		return new CommitteeProblem(HttpStatus.NOT_FOUND, "not-found", "Not found",
				"There is no " + what + " " + id + ". Check the id.");
	}

	static CommitteeProblem notPlanned(long meetingId, String status) {
		CommitteeProblem problem = new CommitteeProblem(HttpStatus.CONFLICT, "meeting-not-planned",
				"Meeting no longer planned", "Meeting " + meetingId + " is " + status + ": its agenda order is fixed "
						+ "once decisions are recorded. Only a PLANNED meeting's agenda can be reordered.");
		problem.getBody().setProperty("status", status);
		return problem;
	}

	static Map<String, String> error(String field, String code, String message) {
		return Map.of("field", field, "code", code, "message", field + " " + message);
	}

}
