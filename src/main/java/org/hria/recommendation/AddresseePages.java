package org.hria.recommendation;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hria.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The addressee's pages: their organisation's assignments, and for one of them the response form,
 * new measures, progress with an evidence file, and the declaration that it is implemented.
 */
@Controller
@RequestMapping("/assignments")
@PreAuthorize("hasAnyRole('ADDRESSEE_CONTACT','ENTERPRISE_SELF_ASSESSOR','OMBUDSPERSON')")
class AddresseePages {

	static final List<String> REASON_CODES = List.of("BUDGET", "LEGAL_CONSTRAINT", "OUTSIDE_COMPETENCE",
			"ALREADY_DONE", "DISAGREES_WITH_FINDING", "TIMING", "OTHER");

	private static final Set<String> FORM_ACTIONS = Set.of("acknowledge", "respond", "add_measure",
			"declare_implemented", "change_target_date", "drop_measure");

	private final AddresseeDesk desk;

	private final Callers callers;

	AddresseePages(AddresseeDesk desk, Callers callers) {
		this.desk = desk;
		this.callers = callers;
	}

	@GetMapping
	String list(Authentication user, Model model) {
		model.addAttribute("assignments", desk.mine(callers.of(user)));
		return "recommendations/assignments";
	}

	@GetMapping("/{id}")
	String assignment(@PathVariable long id, Authentication user, Model model) {
		return page(id, callers.of(user), model, List.of());
	}

	@PostMapping("/{id}/progress")
	String progress(@PathVariable long id, @RequestParam MultiValueMap<String, String> form,
			@RequestParam(required = false) MultipartFile file, Authentication user, Model model,
			HttpServletResponse response) throws IOException {
		Caller caller = callers.of(user);
		try {
			desk.progress(id, AddresseeForms.data("report_progress", form), form.getFirst("evidenceType"), file, caller);
			return "redirect:/assignments/" + id;
		}
		catch (LifecycleProblem problem) {
			return refused(id, caller, model, response, problem);
		}
	}

	@PostMapping("/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
			Authentication user, Model model, HttpServletResponse response) {
		Caller caller = callers.of(user);
		if (!FORM_ACTIONS.contains(action)) {
			throw LifecycleProblem.notFound("form for the action " + action + " of assignment", id);
		}
		try {
			desk.act(id, action, AddresseeForms.data(action, form), caller);
			return "redirect:/assignments/" + id;
		}
		catch (LifecycleProblem problem) {
			return refused(id, caller, model, response, problem);
		}
	}

	private String refused(long id, Caller caller, Model model, HttpServletResponse response,
			LifecycleProblem problem) {
		response.setStatus(problem.getStatusCode().value());
		return page(id, caller, model, RecommendationPages.ErrorsView.of(problem));
	}

	private String page(long id, Caller caller, Model model, List<String> errors) {
		Map<String, Object> page = desk.open(id, caller);
		model.addAllAttributes(page);
		model.addAttribute("errors", errors);
		model.addAttribute("reasonCodes", REASON_CODES);
		model.addAttribute("evidenceTypes", MeasureEffects.EVIDENCE_TYPES.stream().sorted().toList());
		return "recommendations/assignment";
	}

	@Bean
	static NavItem addresseeNavItem() {
		return new NavItem(55, "/assignments", "nav.assignments",
				Set.of("ADDRESSEE_CONTACT", "ENTERPRISE_SELF_ASSESSOR", "OMBUDSPERSON"));
	}

}
