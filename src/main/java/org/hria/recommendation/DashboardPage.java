package org.hria.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hria.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reports dashboard: the same report models as the API, drawn as inline SVG bars (no script,
 * no CDN) with every number also in a table, filtered by year, addressee and theme.
 */
@Controller
@PreAuthorize("hasAnyRole('BUREAU_OFFICER','BUREAU_LEAD','AUDITOR','COMMITTEE_MEMBER','COMMITTEE_SECRETARY')")
class DashboardPage {

	static final List<String> GROUPS = List.of("addressee", "theme", "year");

	private final Reports reports;

	private final Taxonomy taxonomy;

	private final JdbcTemplate jdbc;

	DashboardPage(Reports reports, Taxonomy taxonomy, JdbcTemplate jdbc) {
		this.reports = reports;
		this.taxonomy = taxonomy;
		this.jdbc = jdbc;
	}

	/** One bar: its group, its series (a message key suffix), the value as text, its length 0..1, its offset. */
	record Bar(String group, String series, String text, double width, int y) {

		public int length() {
			return (int) Math.round(width * 300);
		}

	}

	@GetMapping("/recommendations/dashboard")
	String dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) String addressee,
			@RequestParam(required = false) String theme, @RequestParam(defaultValue = "addressee") String groupBy,
			Locale locale, Model model) {
		String group = GROUPS.contains(groupBy) ? groupBy : "addressee";
		Reports.Filter filter = new Reports.Filter(year, blank(addressee), blank(theme), group);
		ReportModel acceptance = reports.report("acceptance", filter, null).orElseThrow();
		ReportModel implementation = reports.report("implementation", filter, null).orElseThrow();
		ReportModel time = reports.report("time-to-response", filter, null).orElseThrow();
		ReportModel overdue = reports.report("overdue", filter, null).orElseThrow();
		model.addAttribute("acceptance", acceptance);
		model.addAttribute("implementation", implementation);
		model.addAttribute("time", time);
		model.addAttribute("overdue", overdue);
		model.addAttribute("acceptanceBars", rateBars(acceptance, "acceptanceRate", "fullAcceptanceRate"));
		model.addAttribute("implementationBars", rateBars(implementation, "implementationRate", null));
		model.addAttribute("timeBars", dayBars(time));
		model.addAttribute("year", year);
		model.addAttribute("addressee", blank(addressee));
		model.addAttribute("theme", blank(theme));
		model.addAttribute("groupBy", group);
		model.addAttribute("groups", GROUPS);
		model.addAttribute("themes", taxonomy.terms(Taxonomy.THEME)
			.stream()
			.map(t -> Map.of("code", t.code(), "label", t.label(locale)))
			.toList());
		model.addAttribute("organisations", jdbc.queryForList("select code, name from organisation order by name"));
		model.addAttribute("query", "groupBy=" + group + (year == null ? "" : "&year=" + year)
				+ (blank(addressee) == null ? "" : "&addressee=" + addressee)
				+ (blank(theme) == null ? "" : "&theme=" + theme));
		return "recommendations/dashboard";
	}

	/** Bars of rates (0..1); with a second column each group gets two bars, told apart by their text. */
	static List<Bar> rateBars(ReportModel report, String column, String second) {
		List<Bar> bars = new ArrayList<>();
		for (Map<String, Object> row : report.rows()) {
			bars.add(rate(row, column, bars.size()));
			if (second != null) {
				bars.add(rate(row, second, bars.size()));
			}
		}
		return bars;
	}

	private static Bar rate(Map<String, Object> row, String column, int index) {
		Object value = row.get(column);
		double rate = value instanceof Number n ? n.doubleValue() : 0;
		String text = value == null ? "-" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
		return new Bar(String.valueOf(row.get("group")), column, text, rate, index * 28);
	}

	static List<Bar> dayBars(ReportModel report) {
		double longest = report.rows()
			.stream()
			.mapToDouble(r -> ((Number) r.get("p90Days")).doubleValue())
			.max()
			.orElse(1);
		List<Bar> bars = new ArrayList<>();
		for (Map<String, Object> row : report.rows()) {
			double median = ((Number) row.get("medianDays")).doubleValue();
			bars.add(new Bar(String.valueOf(row.get("group")), "medianDays", row.get("medianDays") + " / " + row.get("p90Days"),
					longest == 0 ? 0 : median / longest, bars.size() * 28));
		}
		return bars;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	@Bean
	static NavItem recommendationDashboardNavItem() {
		return new NavItem(62, "/recommendations/dashboard", "nav.recommendations.dashboard",
				Set.of("BUREAU_OFFICER", "BUREAU_LEAD", "AUDITOR", "COMMITTEE_MEMBER", "COMMITTEE_SECRETARY"));
	}

}
