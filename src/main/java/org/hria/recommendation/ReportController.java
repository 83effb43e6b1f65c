package org.hria.recommendation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.hria.pdf.PdfFonts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/reports/{name}?format=json|csv|xlsx|pdf&groupBy=addressee|theme|year&yearOf=adoption|dispatch
 * &year=&addressee=&theme=&targetGroup=&sdg=&source=&priority=&meeting=}: one report model, four renderers.
 */
@RestController
class ReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Reports reports;

	private final JsonMapper json;

	private final PdfFonts fonts;

	private final ReportFilters filters;

	/** Every parameter a report takes: a misspelt filter is refused, not silently ignored. */
	static final java.util.Set<String> FILTERS = java.util.Set.of("format", "asOf", "groupBy", "yearOf", "year",
			"addressee", "theme", "targetGroup", "sdg", "source", "priority", "meeting");

	/** Parameters every page or form may carry besides the filters. */
	private static final java.util.Set<String> GENERAL = java.util.Set.of("lang", "_csrf");

	ReportController(Reports reports, JsonMapper json, PdfFonts fonts, ReportFilters filters) {
		this.reports = reports;
		this.json = json;
		this.fonts = fonts;
		this.filters = filters;
	}

	@GetMapping("/api/reports/{name}")
	@PreAuthorize("hasAnyRole('BUREAU_OFFICER','BUREAU_LEAD','AUDITOR','COMMITTEE_MEMBER','COMMITTEE_SECRETARY')")
	ResponseEntity<byte[]> report(@PathVariable String name, @RequestParam(defaultValue = "json") String format,
			@RequestParam(required = false) LocalDate asOf, @RequestParam Map<String, String> params) {
		if (!Reports.DEFINITIONS.containsKey(name)) {
			throw badRequest("There is no report '" + name + "'. Use one of " + Reports.DEFINITIONS.keySet());
		}
		java.util.List<String> unknown = params.keySet().stream().filter(p -> !FILTERS.contains(p) && !GENERAL.contains(p)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw badRequest("Unknown report parameter " + unknown + ". Use " + new java.util.TreeSet<>(FILTERS) + ".");
		}
		ReportFilter filter = filters.of(params, null);
		ReportModel report = reports.report(name, filter, asOf)
			.orElseThrow(() -> badRequest("There is no report '" + name + "'. Use one of "
					+ Reports.DEFINITIONS.keySet()));
		return switch (format) {
			case "json" -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.body(json.writeValueAsBytes(report.toJson()));
			case "csv" -> file(name + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8), Csv.withBom(report));
			case "xlsx" -> file(name + ".xlsx", XLSX, Xlsx.of(report));
			case "pdf" -> file(name + ".pdf", MediaType.APPLICATION_PDF, ReportPdf.of(report, fonts));
			default -> throw badRequest("Format '" + format + "' is not available; use json, csv, xlsx or pdf.");
		};
	}

	private static ResponseEntity<byte[]> file(String filename, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
			.body(body);
	}

	private static ErrorResponseException badRequest(String detail) {
		return new ErrorResponseException(HttpStatus.BAD_REQUEST,
				ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail), null);
	}

}
