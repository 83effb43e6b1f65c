package org.hria.corporate;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload an assessment (CSV or JSON of spec 4.1, as the request body or a multipart {@code file})
 * and read stored reports. {@code strict=false} accepts out-of-scale and NA answers as missing
 * (an INCOMPLETE report) instead of rejecting the file.
 */
@RestController
@RequestMapping("/api/corporate-assessments")
class AssessmentController {

	static final String READERS = "hasAnyRole('BUREAU_OFFICER','BUREAU_LEAD','SYSTEM_ADMIN','AUDITOR','ENTERPRISE_SELF_ASSESSOR')";

	private final CorporateService service;

	private final ReportPdf pdf;

	private final AcrossEnterprises table;

	AssessmentController(CorporateService service, ReportPdf pdf, AcrossEnterprises table) {
		this.service = service;
		this.pdf = pdf;
		this.table = table;
	}

	/** The Bureau's view across enterprises: every submitted assessment of a year. */
	@GetMapping
	@PreAuthorize(ReportPages.BUREAU)
	java.util.List<AcrossEnterprises.Row> list(@RequestParam int year,
			@RequestParam(defaultValue = "enterprise") String sort, @RequestParam(defaultValue = "asc") String dir) {
		return table.rows(year, sort, "desc".equals(dir));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('BUREAU_OFFICER','ENTERPRISE_SELF_ASSESSOR')")
	ResponseEntity<AssessmentView> uploadFile(@RequestParam MultipartFile file,
			@RequestParam(defaultValue = "true") boolean strict, Authentication user) throws IOException {
		return created(service.upload(file.getBytes(), strict, Caller.of(user)));
	}

	@PostMapping(consumes = { "text/csv", MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE,
			MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@PreAuthorize("hasAnyRole('BUREAU_OFFICER','ENTERPRISE_SELF_ASSESSOR')")
	ResponseEntity<AssessmentView> uploadBody(@RequestBody byte[] body,
			@RequestParam(defaultValue = "true") boolean strict, Authentication user) {
		return created(service.upload(body, strict, Caller.of(user)));
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	AssessmentView get(@PathVariable long id, Authentication user) {
		CorporateService.StoredReport stored = service.find(id, Caller.of(user));
		return new AssessmentView(stored.id(), stored.state(), false, false, stored.report());
	}

	@GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize(READERS)
	ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication user) {
		CorporateService.StoredReport stored = service.find(id, Caller.of(user));
		if (stored.report() == null) {
			throw CorporateService.notFound("Assessment " + id + " is a draft and has no report yet.");
		}
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"corporate-assessment-" + id + ".pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf.render(stored.report()));
	}

	private static ResponseEntity<AssessmentView> created(CorporateService.UploadResult result) {
		AssessmentView view = new AssessmentView(result.id(), result.state(), result.enterpriseAdded(),
				result.replaced(), result.report());
		return ResponseEntity.status(result.replaced() ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/corporate-assessments/" + result.id()))
			.body(view);
	}

	/** The report with the stored assessment's id and what the upload did (enterprise added, year replaced). */
	record AssessmentView(Long id, String state, boolean enterpriseAdded, boolean replaced,
			@JsonUnwrapped Report report) {
	}

}
