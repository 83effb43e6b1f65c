package org.hria.rules;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An upload named a file outside the rules directory or one Drools would silently ignore. */
class InvalidRuleFileNameException extends ErrorResponseException {

	InvalidRuleFileNameException(String file) {
		super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "'" + file
				+ "' is not a rule file name. Expected <domain>/<name>.drl, <domain>/<name>.drl.csv or <domain>/<name>.drl.xlsx"
				+ " (lower-case domain folder; letters, digits, '.', '_' and '-' only)."), null);
	}

}
