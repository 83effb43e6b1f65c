package org.hria.corporate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hria.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The self-assessor's questionnaire: area by area, saved as a draft, evidence files attached, then submitted. */
@Controller
@PreAuthorize("hasRole('ENTERPRISE_SELF_ASSESSOR')")
class QuestionnairePages {

	private final QuestionnaireService questionnaire;

	private final CorporateService corporate;

	QuestionnairePages(QuestionnaireService questionnaire, CorporateService corporate) {
		this.questionnaire = questionnaire;
		this.corporate = corporate;
	}

	@GetMapping("/corporate/questionnaire")
	String show(@RequestParam int year, @RequestParam(required = false) String area, Authentication user, Model model) {
		String enterpriseId = enterprise(user);
		Checklist checklist = questionnaire.checklist();
		Map<String, List<ChecklistItem>> areas = checklist.byArea();
		String current = area != null && areas.containsKey(area) ? area : areas.keySet().iterator().next();
		List<String> ids = new ArrayList<>(areas.keySet());
		model.addAttribute("year", year);
		model.addAttribute("enterpriseId", enterpriseId);
		model.addAttribute("areas", areas);
		model.addAttribute("area", current);
		model.addAttribute("items", areas.get(current));
		model.addAttribute("next", ids.indexOf(current) + 1 < ids.size() ? ids.get(ids.indexOf(current) + 1) : null);
		Map<String, AnswerRow> answers = questionnaire.answers(enterpriseId, year);
		Map<String, String> options = new java.util.HashMap<>();
		checklist.items().forEach(item -> options.put(item.itemId(), AnswerInterpreter.option(item, answers.get(item.itemId()))));
		model.addAttribute("answers", answers);
		model.addAttribute("options", options);
		questionnaire.assessment(enterpriseId, year).ifPresent(assessment -> {
			model.addAttribute("assessment", PageViews.AssessmentSummary.of(assessment));
			model.addAttribute("evidence", questionnaire.evidence(assessment.getId()).stream()
				.map(PageViews.EvidenceView::of).toList());
		});
		return "corporate/questionnaire";
	}

	@PostMapping("/corporate/questionnaire")
	String save(@RequestParam int year, @RequestParam String area, @RequestParam(required = false) String next,
			@RequestParam Map<String, String> form, Authentication user, RedirectAttributes redirect) {
		String enterpriseId = enterprise(user);
		List<AnswerRow> rows = new ArrayList<>();
		for (ChecklistItem item : questionnaire.checklist().byArea().getOrDefault(area, List.of())) {
			String id = item.itemId();
			rows.add(new AnswerRow(questionnaire.line(id), id, form.getOrDefault("answer_" + id, ""),
					Arrays.asList(form.getOrDefault("evidence_" + id, "").split(";")), form.getOrDefault("comment_" + id, "")));
		}
		questionnaire.saveDraft(enterpriseId, year, rows, Caller.of(user));
		redirect.addFlashAttribute("saved", true);
		return "redirect:/corporate/questionnaire?year=" + year + "&area=" + (next != null && !next.isBlank() ? next : area);
	}

	@PostMapping("/corporate/questionnaire/evidence")
	String attach(@RequestParam int year, @RequestParam String area, @RequestParam String itemId,
			@RequestParam MultipartFile file, Authentication user, RedirectAttributes redirect) throws IOException {
		String enterpriseId = enterprise(user);
		if (questionnaire.checklist().item(itemId).isEmpty() || file.isEmpty()) {
			redirect.addFlashAttribute("evidenceError", true);
		}
		else {
			EvidenceFile stored = questionnaire.attach(enterpriseId, year, itemId, baseName(file.getOriginalFilename()),
					file.getContentType(), file.getBytes(), Caller.of(user));
			redirect.addFlashAttribute("attached", stored.getFileName() + " (SHA-256 " + stored.getSha256() + ")");
		}
		return "redirect:/corporate/questionnaire?year=" + year + "&area=" + area;
	}

	@PostMapping("/corporate/questionnaire/submit")
	String submit(@RequestParam int year, @RequestParam(defaultValue = "") String salientIssues, Authentication user) {
		List<String> issues = salientIssues.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		Assessment assessment = questionnaire.submit(enterprise(user), year, issues, Caller.of(user));
		return "redirect:/corporate/assessments/" + assessment.getId();
	}

	private String enterprise(Authentication user) {
		return corporate.memberOf(Caller.of(user))
			.orElseThrow(() -> CorporateService.notFound("Your account is not linked to an enterprise yet. "
					+ "Ask the Human Rights Bureau to link it."));
	}

	private static String baseName(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replace(";", "_").strip();
		return name.isEmpty() ? "evidence" : name;
	}

	@Bean
	static NavItem corporateNavigation() {
		return new NavItem(40, "/corporate", "nav.corporate",
				Set.of("ENTERPRISE_SELF_ASSESSOR", "BUREAU_OFFICER", "BUREAU_LEAD", "SYSTEM_ADMIN", "AUDITOR"));
	}

}
