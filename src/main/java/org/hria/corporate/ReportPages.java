package org.hria.corporate;

import java.time.Year;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The corporate start page, the report page with its area chart, and the Bureau's table with its exports. */
@Controller
class ReportPages {

	static final String BUREAU = "hasAnyRole('BUREAU_OFFICER','BUREAU_LEAD','SYSTEM_ADMIN','AUDITOR')";

	private final CorporateService corporate;

	private final AcrossEnterprises table;

	private final EnterpriseService enterprises;

	private final AssessmentRepository assessments;

	ReportPages(CorporateService corporate, AcrossEnterprises table, EnterpriseService enterprises,
			AssessmentRepository assessments) {
		this.corporate = corporate;
		this.table = table;
		this.enterprises = enterprises;
		this.assessments = assessments;
	}

	@GetMapping("/corporate")
	@PreAuthorize(AssessmentController.READERS)
	String start(Authentication user, Model model) {
		Caller caller = Caller.of(user);
		model.addAttribute("bureau", caller.bureau());
		model.addAttribute("thisYear", Year.now().getValue());
		corporate.memberOf(caller).ifPresent(enterpriseId -> {
			model.addAttribute("enterpriseId", enterpriseId);
			model.addAttribute("assessments", assessments.findByEnterpriseIdOrderByYearDesc(enterpriseId).stream()
				.map(PageViews.AssessmentSummary::of).toList());
		});
		if (caller.bureau()) {
			model.addAttribute("enterprises", enterprises.all().stream().map(EnterpriseController.EnterpriseView::of).toList());
		}
		return "corporate/index";
	}

	@GetMapping("/corporate/assessments/{id}")
	@PreAuthorize(AssessmentController.READERS)
	String report(@PathVariable long id, Authentication user, Model model) {
		CorporateService.StoredReport stored = corporate.find(id, Caller.of(user));
		model.addAttribute("stored", stored);
		model.addAttribute("report", stored.report());
		model.addAttribute("mayRecommend", stored.report() != null && user.getAuthorities().stream()
			.anyMatch(a -> java.util.Set.of("ROLE_BUREAU_OFFICER", "ROLE_BUREAU_LEAD", "ROLE_OMBUDSPERSON")
				.contains(a.getAuthority())));
		model.addAttribute("back", "/corporate/assessments/" + id);
		return "corporate/report";
	}

	@GetMapping("/corporate/table")
	@PreAuthorize(BUREAU)
	String table(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "enterprise") String sort,
			@RequestParam(defaultValue = "asc") String dir, Model model) {
		int shown = year == null ? Year.now().getValue() : year;
		model.addAttribute("year", shown);
		model.addAttribute("sort", sort);
		model.addAttribute("dir", dir);
		model.addAttribute("rows", table.rows(shown, sort, "desc".equals(dir)));
		return "corporate/table";
	}

	@GetMapping("/corporate/table.csv")
	@PreAuthorize(BUREAU)
	ResponseEntity<byte[]> csv(@RequestParam int year) {
		return download(TableExport.csv(table.rows(year, "enterprise", false)), "corporate-" + year + ".csv",
				new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
	}

	@GetMapping("/corporate/table.xlsx")
	@PreAuthorize(BUREAU)
	ResponseEntity<byte[]> xlsx(@RequestParam int year) {
		return download(TableExport.xlsx(table.rows(year, "enterprise", false), year), "corporate-" + year + ".xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	private static ResponseEntity<byte[]> download(byte[] content, String name, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(type)
			.body(content);
	}

}
