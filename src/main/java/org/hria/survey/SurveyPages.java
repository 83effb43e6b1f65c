package org.hria.survey;

import java.io.IOException;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.hria.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Pages: upload with templates, results table (sort, filter), facility page and printable report. */
@Controller
@RequestMapping("/surveys")
@PreAuthorize("hasAnyRole('INSPECTOR','BUREAU_OFFICER','BUREAU_LEAD')")
class SurveyPages {

	/** Who may turn findings into a recommendation (spec 1.2, transition 1). */
	private static final Set<String> RECOMMENDERS = Set.of("ROLE_BUREAU_OFFICER", "ROLE_BUREAU_LEAD", "ROLE_OMBUDSPERSON");

	private final SurveyService surveys;

	SurveyPages(SurveyService surveys) {
		this.surveys = surveys;
	}

	@GetMapping
	String upload(Model model) {
		model.addAttribute("kinds", FacilityKind.values());
		model.addAttribute("profiles", List.of("kr", "us-ada"));
		model.addAttribute("recent", surveys.recent());
		return "survey/upload";
	}

	@PostMapping
	String submit(@RequestParam MultipartFile file, @RequestParam String kind,
			@RequestParam(defaultValue = "kr") String profile, @RequestParam(required = false) String title,
			Principal user, Model model) throws IOException {
		try {
			FacilityKind facilityKind = FacilityKind.parse(kind).orElse(FacilityKind.BUILDING);
			SurveyAnswer answer = surveys.checkAndStore(file.getBytes(), facilityKind, profile, title, user.getName());
			return "redirect:/surveys/" + answer.id();
		}
		catch (SurveyInputException ex) {
			model.addAttribute("errors", ex.errors());
			model.addAttribute("errorDetail", ex.getBody().getDetail());
			return upload(model);
		}
	}

	@GetMapping("/{id}")
	String results(@PathVariable long id, @RequestParam(required = false) String verdict,
			@RequestParam(defaultValue = "facility") String sort, Model model) {
		SurveyAnswer answer = find(id);
		List<FacilityResult> shown = answer.facilities()
			.stream()
			.filter(facility -> verdict == null || verdict.isBlank() || verdict.equals(facility.verdict()))
			.sorted(order(sort))
			.toList();
		model.addAttribute("survey", answer);
		model.addAttribute("shown", shown);
		model.addAttribute("verdict", verdict);
		model.addAttribute("sort", sort);
		return "survey/results";
	}

	@GetMapping("/{id}/facility")
	String facility(@PathVariable long id, @RequestParam String facilityId,
			org.springframework.security.core.Authentication user, Model model) {
		SurveyAnswer answer = find(id);
		model.addAttribute("mayRecommend", user.getAuthorities().stream().anyMatch(a -> RECOMMENDERS.contains(a.getAuthority())));
		model.addAttribute("back", "/surveys/" + id + "/facility?facilityId="
				+ java.net.URLEncoder.encode(facilityId, java.nio.charset.StandardCharsets.UTF_8));
		model.addAttribute("survey", answer);
		model.addAttribute("facility", answer.facilities()
			.stream()
			.filter(facility -> facility.facilityId().equals(facilityId))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "survey/facility";
	}

	@GetMapping("/{id}/report")
	String report(@PathVariable long id, Model model) {
		model.addAttribute("survey", find(id));
		return "survey/report";
	}

	private SurveyAnswer find(long id) {
		return surveys.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Comparator<FacilityResult> order(String sort) {
		return switch (sort) {
			case "verdict" -> Comparator.comparing(FacilityResult::verdict).thenComparing(FacilityResult::facilityId);
			case "findings" -> Comparator.comparing((FacilityResult f) -> -f.findings().size())
				.thenComparing(FacilityResult::facilityId);
			case "name" -> Comparator.comparing(FacilityResult::name);
			default -> Comparator.comparing(FacilityResult::facilityId);
		};
	}

	@Bean
	static NavItem surveyNavigation() {
		return new NavItem(30, "/surveys", "nav.surveys", Set.of("INSPECTOR", "BUREAU_OFFICER", "BUREAU_LEAD"));
	}

}
