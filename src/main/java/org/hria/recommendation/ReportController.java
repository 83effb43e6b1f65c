package org.hria.recommendation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/** {@code GET /api/reports/{name}?format=json|csv&groupBy=addressee|theme|year&year=&addressee=&theme=}. */
@RestController
class ReportController {

	private final Reports reports;

	private final JsonMapper json;

	ReportController(Reports reports, JsonMapper json) {
		this.reports = reports;
		this.json = json;
	}

	@GetMapping("/api/reports/{name}")
	@PreAuthorize("hasAnyRole('BUREAU_OFFICER','BUREAU_LEAD','AUDITOR','COMMITTEE_MEMBER','COMMITTEE_SECRETARY')")
	ResponseEntity<byte[]> report(@PathVariable String name, @RequestParam(defaultValue = "json") String format,
			@RequestParam(required = false) String groupBy, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String addressee, @RequestParam(required = false) String theme,
			@RequestParam(required = false) LocalDate asOf) {
		Reports.Filter filter = new Reports.Filter(year, addressee, theme, groupBy);
		List<Map<String, Object>> rows = switch (name) {
			case "acceptance" -> reports.acceptance(filter);
			case "implementation" -> reports.implementation(filter);
			case "time-to-response" -> reports.timeToResponse(filter);
			case "overdue" -> reports.overdue(asOf == null ? Clocks.today() : asOf, filter);
			default -> throw badRequest("There is no report '" + name + "'. Use one of " + Reports.DEFINITIONS.keySet());
		};
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("report", name);
		report.put("definition", Reports.DEFINITIONS.get(name));
		report.put("filter", filterText(filter, asOf));
		report.put("yearOf", "adoption (committee decision date)");
		report.put("generatedAt", Instant.now().toString());
		report.put("rows", rows);
		return switch (format) {
			case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(report));
			case "csv" -> ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
				.body(Csv.withBom(report, rows));
			default -> throw badRequest("Format '" + format + "' is not available; use json or csv.");
		};
	}

	private static String filterText(Reports.Filter filter, LocalDate asOf) {
		return "groupBy=" + filter.groupBy() + "; year=" + filter.year() + "; addressee=" + filter.addressee()
				+ "; theme=" + filter.theme() + (asOf == null ? "" : "; asOf=" + asOf);
	}

	private static ErrorResponseException badRequest(String detail) {
		return new ErrorResponseException(HttpStatus.BAD_REQUEST,
				ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail), null);
	}

}
