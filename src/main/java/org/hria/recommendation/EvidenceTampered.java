package org.hria.recommendation;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A stored evidence file whose content no longer has its recorded SHA-256: a 500 naming the file. */
class EvidenceTampered extends ErrorResponseException {

	EvidenceTampered(long id, String fileName) {
		super(HttpStatus.INTERNAL_SERVER_ERROR, problem(id, fileName), null);
	}

	private static ProblemDetail problem(long id, String fileName) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The evidence file " + id + " (" + fileName + ") no longer matches the SHA-256 recorded when it was "
						+ "uploaded, so it is not sent. Tell the administrator: the stored file was changed or damaged.");
		problem.setType(URI.create("https://hria.org/problems/evidence-tampered"));
		problem.setTitle("Evidence file changed");
		problem.setProperty("evidenceId", id);
		problem.setProperty("fileName", fileName);
		return problem;
	}

}
