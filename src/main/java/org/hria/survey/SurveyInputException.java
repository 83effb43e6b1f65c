package org.hria.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An upload with errors: 400 with every error (up to 100) and their total; nothing was stored. */
class SurveyInputException extends ErrorResponseException {

	private final transient List<InputError> errors;

	SurveyInputException(InputErrors errors) {
		super(HttpStatus.BAD_REQUEST, problem(errors), null);
		this.errors = errors.list();
	}

	List<InputError> errors() {
		return errors;
	}

	private static ProblemDetail problem(InputErrors errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The survey has "
				+ errors.total() + (errors.total() == 1 ? " error" : " errors")
				+ (errors.total() > InputErrors.LIMIT ? " (the first " + InputErrors.LIMIT + " are listed)" : "")
				+ "; nothing was stored. Correct the lines and columns listed in errors and upload the whole file again.");
		problem.setTitle("Survey not accepted");
		problem.setProperty("errors", errors.list().stream().map(SurveyInputException::asMap).toList());
		problem.setProperty("errorCount", errors.total());
		return problem;
	}

	private static Map<String, Object> asMap(InputError error) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("line", error.line());
		map.put("column", error.column());
		map.put("message", error.message());
		return map;
	}

}
