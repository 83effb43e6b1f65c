package org.hria.recommendation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hria.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Bureau's inbox and triage page. Every change goes through {@link LifecycleService}, exactly
 * as the API does; a refused change comes back to the page with the problem's detail and errors.
 */
@Controller
@PreAuthorize("hasAnyRole('BUREAU_OFFICER','BUREAU_LEAD')")
class BureauPages {

	private final LifecycleService lifecycle;

	private final Callers callers;

	private final BureauViews views;

	BureauPages(LifecycleService lifecycle, Callers callers, BureauViews views) {
		this.lifecycle = lifecycle;
		this.callers = callers;
		this.views = views;
	}

	@GetMapping("/recommendations/inbox")
	String inbox(Model model) {
		views.inbox(model);
		return "recommendations/inbox";
	}

	@GetMapping("/recommendations/{id}/triage")
	String triagePage(@PathVariable long id, Authentication user, Locale locale, Model model) {
		Caller caller = callers.of(user);
		views.triage(lifecycle.visible(id, caller), lifecycle.get(id, caller), locale, model);
		return "recommendations/triage";
	}

	@PostMapping("/recommendations/{id}/triage")
	String triage(@PathVariable long id, @RequestParam(defaultValue = "") List<String> themes,
			@RequestParam(defaultValue = "") List<String> targetGroups,
			@RequestParam(defaultValue = "") List<String> sdgTargets,
			@RequestParam(defaultValue = "") List<String> proposedAddressees,
			@RequestParam(defaultValue = "") String deadlineRuleId, @RequestParam(defaultValue = "") String priority,
			@RequestParam(defaultValue = "") String priorityReason, @RequestParam long version,
			@RequestParam(defaultValue = "") String reachPeople, @RequestParam(defaultValue = "") String eventDate,
			@RequestParam(defaultValue = "") String eventName, Authentication user, RedirectAttributes redirect) {
		Map<String, Object> data = new HashMap<>();
		data.put("themes", themes);
		data.put("targetGroups", targetGroups);
		data.put("sdgTargets", sdgTargets);
		data.put("proposedAddressees", proposedAddressees);
		data.put("deadlineRuleId", deadlineRuleId);
		data.put("priority", priority.isBlank() ? null : priority);
		data.put("priorityReason", priorityReason);
		data.put("reachPeople", reachPeople.strip().matches("\\d{1,9}") ? (Object) Integer.valueOf(reachPeople.strip())
				: reachPeople);
		data.put("eventDate", eventDate);
		data.put("eventName", eventName);
		return act(id, id, "triage", data, version, user, redirect);
	}

	/** Merges {@code merged} into {@code survivor}; the page of {@code id} is shown again. */
	@PostMapping("/recommendations/{id}/merge")
	String merge(@PathVariable long id, @RequestParam long merged, @RequestParam long survivor,
			@RequestParam(defaultValue = "") String reason, Authentication user, RedirectAttributes redirect) {
		return act(id, merged, "merge", Map.of("survivorId", survivor, "reason", reason), null, user, redirect);
	}

	@PostMapping("/recommendations/{id}/dismiss")
	String dismiss(@PathVariable long id, @RequestParam(defaultValue = "") String reasonCode,
			@RequestParam(defaultValue = "") String reason, @RequestParam long version, Authentication user,
			RedirectAttributes redirect) {
		return act(id, id, "dismiss", Map.of("reasonCode", reasonCode, "reason", reason), version, user, redirect);
	}

	private String act(long page, long target, String action, Map<String, Object> data, Long version,
			Authentication user, RedirectAttributes redirect) {
		try {
			Map<String, Object> result = lifecycle.transition(target, action, data, version, callers.of(user));
			redirect.addFlashAttribute("done", Map.of("action", action, "id", target, "state", result.get("state")));
		}
		catch (ErrorResponseException ex) {
			redirect.addFlashAttribute("problem", ex.getBody().getDetail());
			Map<String, Object> properties = ex.getBody().getProperties();
			redirect.addFlashAttribute("problemErrors", properties == null ? List.of()
					: properties.getOrDefault("errors", List.of()));
		}
		return "redirect:/recommendations/" + page + "/triage";
	}

	@Bean
	static NavItem bureauInboxNavItem() {
		return new NavItem(61, "/recommendations/inbox", "nav.recommendations.inbox",
				Set.of("BUREAU_OFFICER", "BUREAU_LEAD"));
	}

}
