package org.hria.ordinance;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A draft that cannot be reviewed as sent: the detail says what was wrong and what to do. */
class DraftInputException extends ErrorResponseException {

	DraftInputException(HttpStatus status, String detail) {
		super(status, problem(status, detail), null);
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle("The draft cannot be reviewed");
		return problem;
	}

	static DraftInputException unprocessable(String detail) {
		return new DraftInputException(HttpStatus.UNPROCESSABLE_CONTENT, detail);
	}

}
