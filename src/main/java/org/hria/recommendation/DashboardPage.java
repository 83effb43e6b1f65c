package org.hria.recommendation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.hria.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reports dashboard: the same report models as the API, drawn as inline SVG bars (no script,
 * no CDN) with every number also in a table, with the filters of the API.
 */
@Controller
@PreAuthorize("hasAnyRole('BUREAU_OFFICER','BUREAU_LEAD','AUDITOR','COMMITTEE_MEMBER','COMMITTEE_SECRETARY')")
class DashboardPage {

	static final List<String> REPORTS = List.of("acceptance", "implementation", "time-to-response", "overdue",
			"time-to-implementation", "pipeline", "annual-summary");

	private final Reports reports;

	private final ReportFilters filters;

	private final Taxonomy taxonomy;

	private final JdbcTemplate jdbc;

	DashboardPage(Reports reports, ReportFilters filters, Taxonomy taxonomy, JdbcTemplate jdbc) {
		this.reports = reports;
		this.filters = filters;
		this.taxonomy = taxonomy;
		this.jdbc = jdbc;
	}

	@GetMapping("/recommendations/dashboard")
	String dashboard(@RequestParam Map<String, String> params, Locale locale, Model model,
			HttpServletResponse response) {
		ReportFilter filter;
		try {
			filter = filters.of(params, "addressee");
		}
		catch (ErrorResponseException refused) {
			response.setStatus(400);
			model.addAttribute("filterError", refused.getBody().getDetail());
			filter = filters.of(Map.of(), "addressee");
		}
		Map<String, ReportModel> shown = new LinkedHashMap<>();
		for (String name : REPORTS) {
			shown.put(name, reports.report(name, filter, null).orElseThrow());
		}
		model.addAttribute("acceptance", shown.get("acceptance"));
		model.addAttribute("implementation", shown.get("implementation"));
		model.addAttribute("time", shown.get("time-to-response"));
		model.addAttribute("timeToImplementation", shown.get("time-to-implementation"));
		model.addAttribute("pipeline", shown.get("pipeline"));
		model.addAttribute("annual", shown.get("annual-summary"));
		model.addAttribute("reports", shown.values());
		model.addAttribute("acceptanceBars", DashboardBars.rates(shown.get("acceptance"), "acceptanceRate",
				"fullAcceptanceRate"));
		model.addAttribute("implementationBars", DashboardBars.rates(shown.get("implementation"),
				"implementationRate", null));
		model.addAttribute("timeBars", DashboardBars.days(shown.get("time-to-response")));
		model.addAttribute("implementationTimeBars", DashboardBars.days(shown.get("time-to-implementation")));
		model.addAttribute("pipelineBars", DashboardBars.counts(shown.get("pipeline"),
				List.of("month", "state", "reasonCode"), List.of("recommendations")));
		model.addAttribute("annualBars", DashboardBars.counts(shown.get("annual-summary"), List.of("year"),
				List.of("adopted", "accepted", "implementedVerified")));
		form(filter, locale, model);
		return "recommendations/dashboard";
	}

	private void form(ReportFilter filter, Locale locale, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("source", ReportFilters.publicSource(filter.source()));
		model.addAttribute("groups", ReportFilters.GROUPS);
		model.addAttribute("yearOfs", ReportFilters.YEAR_OF);
		model.addAttribute("sources", ReportFilters.SOURCE_NAMES);
		model.addAttribute("priorities", ReportFilters.PRIORITIES);
		model.addAttribute("themes", terms(Taxonomy.THEME, locale));
		model.addAttribute("targetGroups", terms(Taxonomy.TARGET_GROUP, locale));
		model.addAttribute("sdgs", terms(Taxonomy.SDG, locale));
		model.addAttribute("organisations", jdbc.queryForList("select code, name from organisation order by name"));
		model.addAttribute("meetings", jdbc.queryForList("select cast(id as varchar(20)) as id, meeting_date from "
				+ "meeting order by meeting_date desc, id desc"));
		model.addAttribute("query", query(filter));
	}

	private List<Map<String, String>> terms(String kind, Locale locale) {
		return taxonomy.terms(kind).stream().map(t -> Map.of("code", t.code(), "label", t.label(locale))).toList();
	}

	/** The filter as query parameters of the download links. */
	static String query(ReportFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("groupBy", filter.groupBy());
		params.put("yearOf", filter.byDispatch() ? ReportFilter.DISPATCH : null);
		params.put("year", filter.year());
		params.put("addressee", filter.addressee());
		params.put("theme", filter.theme());
		params.put("targetGroup", filter.targetGroup());
		params.put("sdg", filter.sdg());
		params.put("source", ReportFilters.publicSource(filter.source()));
		params.put("priority", filter.priority());
		params.put("meeting", filter.meeting());
		StringBuilder query = new StringBuilder();
		params.forEach((key, value) -> {
			if (value != null) {
				query.append(query.isEmpty() ? "" : "&").append(key).append('=')
					.append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
			}
		});
		return query.toString();
	}

	@Bean
	static NavItem recommendationDashboardNavItem() {
		return new NavItem(62, "/recommendations/dashboard", "nav.recommendations.dashboard",
				Set.of("BUREAU_OFFICER", "BUREAU_LEAD", "AUDITOR", "COMMITTEE_MEMBER", "COMMITTEE_SECRETARY"));
	}

}
