package org.hria.ordinance;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Submit a draft ordinance (pasted JSON or an uploaded file) and read its stored review. */
@RestController
@RequestMapping("/api/ordinance-reviews")
@PreAuthorize("hasAnyRole('DRAFTER','BUREAU_OFFICER','BUREAU_LEAD')")
class OrdinanceReviewController {

	private final OrdinanceReviewService reviews;

	OrdinanceReviewController(OrdinanceReviewService reviews) {
		this.reviews = reviews;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ReviewAnswer> submit(@RequestBody OrdinanceReviewService.Submission submission, Principal user) {
		return created(reviews.submit(submission, user.getName()));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ReviewAnswer> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String title, @RequestParam(required = false) String language,
			@RequestParam(required = false) String preAnnouncement,
			@RequestParam(required = false) Long previousReviewId, Principal user) throws IOException {
		String text = reviews.read(file.getOriginalFilename(), file.getBytes());
		String name = title == null || title.isBlank() ? null : title;
		return created(reviews.submit(
				new OrdinanceReviewService.Submission(name, language, text, preAnnouncement, previousReviewId),
				user.getName()));
	}

	@GetMapping("/{id}")
	ReviewAnswer get(@PathVariable long id) {
		return reviews.find(id).orElseThrow(() -> notFound(id));
	}

	@GetMapping(value = "/{id}/findings.csv", produces = "text/csv")
	ResponseEntity<byte[]> csv(@PathVariable long id) {
		ReviewAnswer review = reviews.find(id).orElseThrow(() -> notFound(id));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ordinance-review-" + id + "-findings.csv\"")
			.body(FindingsCsv.write(review.findings()));
	}

	private static ResponseEntity<ReviewAnswer> created(ReviewAnswer answer) {
		return ResponseEntity.created(URI.create("/api/ordinance-reviews/" + answer.id())).body(answer);
	}

	static ErrorResponseException notFound(long id) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no ordinance review " + id + ". Check the id or submit the draft again."), null);
	}

}
