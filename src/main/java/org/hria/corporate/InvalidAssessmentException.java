package org.hria.corporate;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 400: the upload has input errors; nothing was stored. The problem lists each error with its line. */
class InvalidAssessmentException extends ErrorResponseException {

	private final List<InputError> errors;

	InvalidAssessmentException(List<InputError> errors) {
		super(HttpStatus.BAD_REQUEST, problem(errors), null);
		this.errors = List.copyOf(errors);
	}

	List<InputError> errors() {
		return errors;
	}

	private static ProblemDetail problem(List<InputError> errors) {
		InputError first = errors.get(0);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The assessment has " + errors.size() + " input error(s), the first on line " + first.line() + ": "
						+ first.message() + ". Nothing was stored; correct the file and upload it again.");
		problem.setTitle("Invalid assessment");
		problem.setProperty("errors", errors.stream()
			.map(error -> Map.of("line", error.line(), "column", String.valueOf(error.column()), "message",
					error.message()))
			.toList());
		return problem;
	}

}
