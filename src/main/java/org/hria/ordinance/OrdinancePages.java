package org.hria.ordinance;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.Set;

import org.hria.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The drafter's pages: paste or upload a draft, see its findings in place and per article, print the report or get it as PDF. */
@Controller
@RequestMapping("/ordinance-reviews")
@PreAuthorize("hasAnyRole('DRAFTER','BUREAU_OFFICER','BUREAU_LEAD')")
class OrdinancePages {

	/** Who may turn findings into a recommendation (spec 1.2, transition 1). */
	private static final Set<String> RECOMMENDERS = Set.of("ROLE_BUREAU_OFFICER", "ROLE_BUREAU_LEAD", "ROLE_OMBUDSPERSON");

	private final OrdinanceReviewService reviews;

	private final ReviewPdf pdf;

	OrdinancePages(OrdinanceReviewService reviews, ReviewPdf pdf) {
		this.reviews = reviews;
		this.pdf = pdf;
	}

	@GetMapping
	String start(Model model) {
		model.addAttribute("recent", reviews.recent());
		return "ordinance/start";
	}

	@PostMapping
	String submit(@RequestParam(required = false) String title, @RequestParam(required = false) String language,
			@RequestParam(required = false) String text, @RequestParam(required = false) String preAnnouncement,
			@RequestParam(required = false) Long previousReviewId,
			@RequestParam(required = false) MultipartFile file, Principal user, Model model) throws IOException {
		try {
			String draft = file != null && !file.isEmpty() ? reviews.read(file.getOriginalFilename(), file.getBytes())
					: text;
			ReviewAnswer answer = reviews.submit(new OrdinanceReviewService.Submission(title,
					language == null || language.isBlank() ? null : language, draft, preAnnouncement, previousReviewId),
					user.getName());
			return "redirect:/ordinance-reviews/" + answer.id();
		}
		catch (ErrorResponseException ex) {
			model.addAttribute("error", ex.getBody().getDetail());
			model.addAttribute("title", title);
			model.addAttribute("text", text);
			model.addAttribute("recent", reviews.recent());
			return "ordinance/start";
		}
	}

	@GetMapping("/{id}")
	String review(@PathVariable long id, @RequestParam(required = false) String severity,
			@RequestParam(required = false) String category, org.springframework.security.core.Authentication user,
			Model model) {
		model.addAttribute("view", view(id, severity, category));
		model.addAttribute("mayRecommend", user.getAuthorities().stream().anyMatch(a -> RECOMMENDERS.contains(a.getAuthority())));
		model.addAttribute("back", "/ordinance-reviews/" + id);
		model.addAttribute("severities", java.util.List.of("CRITICAL", "MAJOR", "MINOR", "INFO"));
		return "ordinance/review";
	}

	@GetMapping("/{id}/report")
	String report(@PathVariable long id, Model model) {
		model.addAttribute("view", view(id, null, null));
		return "ordinance/report";
	}

	@GetMapping("/{id}/report.pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable long id, Locale locale) {
		ReviewAnswer answer = reviews.find(id).orElseThrow(() -> OrdinanceReviewController.notFound(id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"ordinance-review-" + id + ".pdf\"")
			.body(pdf.render(answer, locale));
	}

	private ReviewView view(long id, String severity, String category) {
		ReviewAnswer answer = reviews.find(id).orElseThrow(() -> OrdinanceReviewController.notFound(id));
		return ReviewView.of(answer, reviews.text(id).orElse(""), severity, category);
	}

	@Bean
	static NavItem ordinanceReviewNavigation() {
		return new NavItem(20, "/ordinance-reviews", "nav.ordinance", Set.of("DRAFTER", "BUREAU_OFFICER", "BUREAU_LEAD"));
	}

}
