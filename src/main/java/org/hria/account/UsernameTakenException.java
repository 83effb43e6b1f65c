package org.hria.account;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

class UsernameTakenException extends ErrorResponseException {

	UsernameTakenException(String username) {
		super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The user name '" + username + "' is already taken. Choose another one."), null);
	}

}
