package org.hria.recommendation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Triage help for the Bureau: duplicate candidates, the priority score with its parts, the taxonomy. */
@RestController
@PreAuthorize("hasAnyRole('BUREAU_OFFICER','BUREAU_LEAD','AUDITOR')")
class TriageController {

	private final LifecycleService lifecycle;

	private final Callers callers;

	private final Duplicates duplicates;

	private final Priority priority;

	private final Taxonomy taxonomy;

	TriageController(LifecycleService lifecycle, Callers callers, Duplicates duplicates, Priority priority,
			Taxonomy taxonomy) {
		this.lifecycle = lifecycle;
		this.callers = callers;
		this.duplicates = duplicates;
		this.priority = priority;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/api/recommendations/{id}/duplicates")
	@Transactional(readOnly = true)
	List<Map<String, Object>> duplicates(@PathVariable long id, Authentication user) {
		return duplicates.of(lifecycle.visible(id, callers.of(user)));
	}

	/**
	 * The score for the chosen target groups and estimates, or for those given (what-if while
	 * triaging): {@code targetGroups}, {@code reachPeople}, {@code eventDate} with {@code eventName}.
	 */
	@GetMapping("/api/recommendations/{id}/priority")
	@Transactional(readOnly = true)
	Map<String, Object> priority(@PathVariable long id, @RequestParam(required = false) List<String> targetGroups,
			@RequestParam(required = false) Integer reachPeople,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate eventDate,
			@RequestParam(required = false) String eventName, Authentication user) {
		Recommendation rec = lifecycle.visible(id, callers.of(user));
		Priority.Estimates stored = Priority.Estimates.of(rec);
		Priority.Estimates estimates = new Priority.Estimates(reachPeople != null ? reachPeople : stored.reachPeople(),
				eventDate != null ? eventDate : stored.eventDate(), eventDate != null ? eventName : stored.eventName());
		Priority.Score score = priority.of(rec.id, targetGroups == null ? rec.targetGroups : targetGroups, estimates);
		Map<String, Object> view = new LinkedHashMap<>(score.toView());
		view.put("formula", "severity x reach x (1 + vulnerability + urgency)");
		view.put("chosen", rec.priority);
		view.put("priorityReason", rec.priorityReason);
		return view;
	}

	@GetMapping("/api/taxonomy")
	Map<String, Object> taxonomy() {
		return Map.of("themes", taxonomy.terms(Taxonomy.THEME), "targetGroups", taxonomy.terms(Taxonomy.TARGET_GROUP),
				"sdgTargets", taxonomy.terms(Taxonomy.SDG));
	}

}
