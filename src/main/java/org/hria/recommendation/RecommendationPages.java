package org.hria.recommendation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Creating a DRAFT from the findings selected on a findings page (the same {@link LifecycleService}
 * as the API), and the small detail page it lands on: state, findings with locators, history.
 */
@Controller
class RecommendationPages {

	static final String CREATORS = "hasAnyRole('BUREAU_OFFICER','BUREAU_LEAD','OMBUDSPERSON')";

	private final LifecycleService lifecycle;

	private final Callers callers;

	private final EvidenceDownloads evidence;

	RecommendationPages(LifecycleService lifecycle, Callers callers, EvidenceDownloads evidence) {
		this.lifecycle = lifecycle;
		this.callers = callers;
		this.evidence = evidence;
	}

	@PostMapping("/recommendations")
	@PreAuthorize(CREATORS)
	String create(@RequestParam(required = false) String title, @RequestParam(required = false) String text,
			@RequestParam(required = false) List<String> findingIds, @RequestParam(required = false) String back,
			Authentication user, Model model, HttpServletResponse response) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("text", text);
		body.put("findingIds", findingIds == null ? List.of() : findingIds);
		try {
			return "redirect:/recommendations/" + lifecycle.create(body, callers.of(user)).get("id");
		}
		catch (LifecycleProblem problem) {
			response.setStatus(problem.getStatusCode().value());
			model.addAttribute("errors", ErrorsView.of(problem));
			model.addAttribute("back", back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/");
			return "recommendations/detail";
		}
	}

	@GetMapping("/recommendations/{id}")
	String detail(@PathVariable long id, Authentication user, Model model) {
		Caller caller = callers.of(user);
		Map<String, Object> rec = lifecycle.get(id, caller);
		model.addAttribute("rec", rec);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> assignments = (List<Map<String, Object>>) rec.get("assignments");
		model.addAttribute("evidenceFiles", evidence.files(assignments, caller));
		model.addAttribute("history", lifecycle.history(id, caller).stream().map(AuditEvent::toView).toList());
		return "recommendations/detail";
	}

	/** The field errors of a refused request, as a page lists them. */
	static final class ErrorsView {

		private ErrorsView() {
		}

		@SuppressWarnings("unchecked")
		static List<String> of(LifecycleProblem problem) {
			Map<String, Object> properties = problem.getBody().getProperties();
			Object errors = properties == null ? null : properties.get("errors");
			if (errors instanceof List<?> list && !list.isEmpty()) {
				return list.stream().map(e -> String.valueOf(((Map<String, Object>) e).get("message"))).toList();
			}
			return List.of(String.valueOf(problem.getBody().getDetail()));
		}

	}

}
