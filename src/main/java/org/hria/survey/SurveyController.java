package org.hria.survey;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload a facility survey and read it back. */
@RestController
@RequestMapping("/api/surveys")
@PreAuthorize("hasAnyRole('INSPECTOR','BUREAU_OFFICER','BUREAU_LEAD')")
class SurveyController {

	private final SurveyService surveys;

	SurveyController(SurveyService surveys) {
		this.surveys = surveys;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<SurveyAnswer> upload(@RequestParam MultipartFile file, @RequestParam String kind,
			@RequestParam(defaultValue = "kr") String profile, @RequestParam(required = false) String title,
			Principal user) throws IOException {
		FacilityKind facilityKind = FacilityKind.parse(kind).orElseThrow(() -> badRequest(
				"The kind '" + kind + "' is unknown. Use BUILDING, POLLING_STATION or EVENT."));
		SurveyAnswer answer = surveys.checkAndStore(file.getBytes(), facilityKind, profile.strip(), title,
				user.getName());
		return ResponseEntity.created(URI.create("/api/surveys/" + answer.id())).body(answer);
	}

	@GetMapping("/{id}")
	SurveyAnswer get(@PathVariable long id) {
		return surveys.find(id).orElseThrow(() -> notFound(id));
	}

	static ErrorResponseException notFound(long id) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no survey " + id + ". Check the id, or upload the survey first."), null);
	}

	private static ErrorResponseException badRequest(String detail) {
		return new ErrorResponseException(HttpStatus.BAD_REQUEST,
				ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail), null);
	}

}
