package org.hria.survey;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** CSV downloads: upload templates per kind, profile, format and header language, and the findings of a survey. */
@Controller
@PreAuthorize("hasAnyRole('INSPECTOR','BUREAU_OFFICER','BUREAU_LEAD')")
class SurveyDownloads {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final SurveyService surveys;

	SurveyDownloads(SurveyService surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/surveys/templates/{kind}/{profile}")
	ResponseEntity<byte[]> template(@PathVariable String kind, @PathVariable String profile,
			@RequestParam(defaultValue = "en") String headers, @RequestParam(defaultValue = "long") String format) {
		FacilityKind facilityKind = FacilityKind.parse(kind)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!SurveyService.PROFILES.contains(profile)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		boolean korean = "ko".equals(headers);
		List<String[]> rows = "wide".equals(format) ? SurveyTemplates.wide(facilityKind, profile, korean)
				: SurveyTemplates.longForm(facilityKind, profile, korean);
		return csv(rows, "survey-template-" + facilityKind.name().toLowerCase() + "-" + profile + "-" + format + "-"
				+ (korean ? "ko" : "en") + ".csv");
	}

	@GetMapping("/surveys/{id}/findings.csv")
	ResponseEntity<byte[]> findings(@PathVariable long id) {
		SurveyAnswer answer = surveys.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "facility_id", "facility_name", "kind", "verdict", "criterion", "rule_id", "measured",
				"unit", "required", "severity", "priority", "remedy", "remedy_type", "source", "status", "advisory", "finding_id" });
		for (FacilityResult facility : answer.facilities()) {
			for (Finding f : facility.findings()) {
				rows.add(new String[] { facility.facilityId(), facility.name(), facility.kind().name(),
						facility.verdict(), f.criterion(), f.ruleId(), f.measured(), f.unit(), f.required(),
						f.severity(), String.valueOf(f.priority()), f.remedy(), f.remedyType(), f.source(), f.status(),
						String.valueOf(f.advisory()), f.findingId() });
			}
		}
		return csv(rows, "survey-" + id + "-findings.csv");
	}

	/** UTF-8 with a BOM so Excel in Korea opens it correctly. */
	private static ResponseEntity<byte[]> csv(List<String[]> rows, String filename) {
		StringWriter text = new StringWriter();
		try (CSVWriter writer = new CSVWriter(text, ',', ICSVWriter.DEFAULT_QUOTE_CHARACTER,
				ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n")) {
			writer.writeAll(rows, false);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, withBom, 0, BOM.length);
		System.arraycopy(body, 0, withBom, BOM.length, body.length);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(withBom);
	}

}
