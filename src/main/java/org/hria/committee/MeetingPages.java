package org.hria.committee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hria.recommendation.RecommendationLifecycle;
import org.hria.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretary's meeting pages: meetings and committees, one meeting's agenda with a decision form
 * per open item. Every form goes through the services of the API (decisions: the lifecycle).
 */
@Controller
@RequestMapping("/committee")
@PreAuthorize(CommitteeController.READERS)
class MeetingPages {

	private final Committees committees;

	private final Agendas agendas;

	private final RecommendationLifecycle lifecycle;

	private final AgendaOrder order;

	MeetingPages(Committees committees, Agendas agendas, RecommendationLifecycle lifecycle, AgendaOrder order) {
		this.committees = committees;
		this.agendas = agendas;
		this.lifecycle = lifecycle;
		this.order = order;
	}

	@GetMapping("/meetings")
	String meetings(Model model, Authentication user) {
		model.addAttribute("meetings", committees.meetings().stream().map(this::row).toList());
		model.addAttribute("committees", committees.committees().stream().map(PageRows::of).toList());
		model.addAttribute("kinds", Meeting.KINDS);
		model.addAttribute("canManage", PageRoles.manages(user));
		return "committee/meetings";
	}

	@PostMapping("/meetings")
	@PreAuthorize(CommitteeController.SECRETARY)
	String createMeeting(@RequestParam Map<String, String> form, Model model, Authentication user) {
		try {
			return "redirect:/committee/meetings/" + committees.createMeeting(new LinkedHashMap<>(form)).id;
		}
		catch (ErrorResponseException ex) {
			PageRoles.problem(model, ex, null);
			return meetings(model, user);
		}
	}

	@PostMapping("/committees")
	@PreAuthorize(CommitteeController.SECRETARY)
	String createCommittee(@RequestParam Map<String, String> form, Model model, Authentication user) {
		try {
			return "redirect:/committee/committees/" + committees.create(new LinkedHashMap<>(form)).id;
		}
		catch (ErrorResponseException ex) {
			PageRoles.problem(model, ex, null);
			return meetings(model, user);
		}
	}

	@GetMapping("/committees/{id}")
	String committee(@PathVariable long id, Model model, Authentication user) {
		model.addAttribute("committee", PageRows.of(committees.committee(id)));
		model.addAttribute("members", committees.members(id).stream().map(PageRows::of).toList());
		model.addAttribute("roles", CommitteeMember.ROLES);
		model.addAttribute("canManage", PageRoles.manages(user));
		return "committee/committee";
	}

	@PostMapping("/committees/{id}/members")
	@PreAuthorize(CommitteeController.SECRETARY)
	String addMember(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Authentication user,
			RedirectAttributes redirect) {
		try {
			committees.addMember(id, new LinkedHashMap<>(form));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/committee/committees/" + id;
		}
		catch (ErrorResponseException ex) {
			PageRoles.problem(model, ex, null);
			return committee(id, model, user);
		}
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable long id, Model model, Authentication user) {
		Meeting meeting = committees.meeting(id);
		model.addAttribute("meeting", row(meeting));
		model.addAttribute("entries", agendas.of(id));
		model.addAttribute("serving",
				committees.serving(meeting.committeeId, meeting.date).stream().map(PageRows::of).toList());
		model.addAttribute("statuses", Meeting.STATUSES);
		model.addAttribute("canManage", PageRoles.manages(user));
		model.addAttribute("canReorder", PageRoles.manages(user) && "PLANNED".equals(meeting.status));
		boolean schedules = PageRoles.schedules(user) && "PLANNED".equals(meeting.status);
		model.addAttribute("canSchedule", schedules);
		model.addAttribute("triaged", schedules ? lifecycle.triaged() : List.of());
		return "committee/meeting";
	}

	@PostMapping("/meetings/{id}/schedule")
	@PreAuthorize(CommitteeController.SCHEDULERS)
	String schedule(@PathVariable long id, @RequestParam(required = false) Long recommendationId, Model model,
			Authentication user, RedirectAttributes redirect) {
		return act(id, null, recommendationId, "schedule", Map.of("meetingId", String.valueOf(id)), model, user,
				redirect);
	}

	@PostMapping("/meetings/{id}/items/{itemId}")
	@PreAuthorize(CommitteeController.SECRETARY)
	String decide(@PathVariable long id, @PathVariable long itemId, @RequestParam String action,
			@RequestParam MultiValueMap<String, String> form, Model model, Authentication user,
			RedirectAttributes redirect) {
		Agendas.Entry item = agendas.of(id)
			.stream()
			.filter(e -> e.itemId() == itemId)
			.findFirst()
			.orElseThrow(() -> CommitteeProblem.notFound("agenda item", itemId));
		return act(id, itemId, item.recommendationId(), action, DecisionForm.data(action, id, form), model, user,
				redirect);
	}

	@PostMapping("/meetings/{id}/agenda/{itemId}/order")
	@PreAuthorize(CommitteeController.SECRETARY)
	String reorder(@PathVariable long id, @PathVariable long itemId, @RequestParam Map<String, String> form,
			Model model, Authentication user, RedirectAttributes redirect) {
		try {
			order.reorder(id, itemId, new LinkedHashMap<>(form));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/committee/meetings/" + id;
		}
		catch (ErrorResponseException ex) {
			PageRoles.problem(model, ex, null);
			return meeting(id, model, user);
		}
	}

	@PostMapping("/meetings/{id}/status")
	@PreAuthorize(CommitteeController.SECRETARY)
	String status(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Authentication user,
			RedirectAttributes redirect) {
		try {
			committees.setStatus(id, new LinkedHashMap<>(form));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/committee/meetings/" + id;
		}
		catch (ErrorResponseException ex) {
			PageRoles.problem(model, ex, null);
			return meeting(id, model, user);
		}
	}

	private String act(long meetingId, Long itemId, Long recommendationId, String action, Map<String, Object> data,
			Model model, Authentication user, RedirectAttributes redirect) {
		try {
			if (recommendationId == null) {
				throw CommitteeProblem.invalid(List.of(CommitteeProblem.error("recommendationId", "required",
						"is required")));
			}
			lifecycle.transition(recommendationId, action, data, user);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/committee/meetings/" + meetingId;
		}
		catch (ErrorResponseException ex) {
			PageRoles.problem(model, ex, itemId);
			return meeting(meetingId, model, user);
		}
	}

	private PageRows.MeetingRow row(Meeting meeting) {
		return PageRows.of(meeting, committees.committee(meeting.committeeId));
	}

	@Bean
	static NavItem committeeMeetingsNavItem() {
		return new NavItem(55, "/committee/meetings", "nav.committee.meetings",
				Set.of("COMMITTEE_SECRETARY", "COMMITTEE_MEMBER", "BUREAU_OFFICER", "BUREAU_LEAD", "AUDITOR"));
	}

}
