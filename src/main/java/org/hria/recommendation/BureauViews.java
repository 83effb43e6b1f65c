package org.hria.recommendation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the inbox and the triage page show, read for the page (never written here). */
@Component
class BureauViews {

	static final List<String> DISMISS_REASONS = List.of("FALSE_POSITIVE", "OUT_OF_COMPETENCE", "ALREADY_ADDRESSED",
			"ADVISORY_ONLY", "OTHER");

	private final JdbcTemplate jdbc;

	private final OverdueQuery overdue;

	private final Taxonomy taxonomy;

	private final Deadlines deadlines;

	private final Priority priority;

	private final Duplicates duplicates;

	BureauViews(JdbcTemplate jdbc, OverdueQuery overdue, Taxonomy taxonomy, Deadlines deadlines, Priority priority,
			Duplicates duplicates) {
		this.jdbc = jdbc;
		this.overdue = overdue;
		this.taxonomy = taxonomy;
		this.deadlines = deadlines;
		this.priority = priority;
		this.duplicates = duplicates;
	}

	void inbox(Model model) {
		model.addAttribute("drafts", jdbc.queryForList("select id, title, created_by, created_at from recommendation "
				+ "where state = 'DRAFT' order by id desc limit 200"));
		model.addAttribute("reviews", jdbc.queryForList("select a.id, a.recommendation_id, r.title, o.name as "
				+ "addressee, a.state, a.decision from assignment a join recommendation r on r.id = "
				+ "a.recommendation_id join organisation o on o.code = a.organisation_code "
				+ "where a.state in ('RESPONDED', 'IMPLEMENTED') order by a.id limit 200"));
		List<OverdueQuery.Overdue> late = overdue.asOf(Clocks.today());
		model.addAttribute("overdueCount", late.size());
		model.addAttribute("overdue", late.stream().limit(200).toList());
	}

	void triage(Recommendation rec, Map<String, Object> view, Locale locale, Model model) {
		model.addAttribute("rec", view);
		model.addAttribute("isDraft", rec.state == State.DRAFT);
		model.addAttribute("mergeable", rec.state == State.DRAFT || rec.state == State.TRIAGED);
		model.addAttribute("themes", terms(Taxonomy.THEME, rec.themes, locale));
		model.addAttribute("targetGroups", terms(Taxonomy.TARGET_GROUP, rec.targetGroups, locale));
		model.addAttribute("sdgTargets", terms(Taxonomy.SDG, rec.sdgTargets, locale));
		List<String> proposed = rec.proposedAddressees == null || rec.proposedAddressees.isBlank() ? List.of()
				: List.of(rec.proposedAddressees.split(","));
		model.addAttribute("organisations", jdbc.queryForList("select code, name from organisation order by name")
			.stream()
			.map(o -> Map.of("code", o.get("code"), "name", o.get("name"), "checked", proposed.contains(o.get("code"))))
			.toList());
		model.addAttribute("deadlineRules", deadlines.rules());
		model.addAttribute("chosenRule", rec.deadlineRuleId == null ? "" : rec.deadlineRuleId);
		model.addAttribute("score", priority.of(rec.id, rec.targetGroups, Priority.Estimates.of(rec)));
		model.addAttribute("estimates", Priority.Estimates.of(rec));
		model.addAttribute("urgencyDays", (long) priority.windowDays());
		model.addAttribute("chosenPriority", rec.priority);
		model.addAttribute("priorityReason", rec.priorityReason);
		model.addAttribute("duplicates", duplicates.of(rec));
		model.addAttribute("dismissReasons", DISMISS_REASONS);
	}

	private List<Map<String, Object>> terms(String kind, java.util.Set<String> chosen, Locale locale) {
		return taxonomy.terms(kind)
			.stream()
			.map(t -> Map.<String, Object>of("code", t.code(), "label", t.label(locale), "checked",
					chosen.contains(t.code()), "vulnerable", t.vulnerable()))
			.toList();
	}

}
