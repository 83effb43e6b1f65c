package org.hria.rules;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

class RuleFileNotFoundException extends ErrorResponseException {

	RuleFileNotFoundException(String path) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no rule file '"
				+ path + "'. GET /api/admin/rules/files lists the files, with paths relative to the rules directory."),
				null);
	}

}
