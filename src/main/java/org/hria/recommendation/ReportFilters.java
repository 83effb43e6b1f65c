package org.hria.recommendation;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Reads the report filters of a request and refuses an unknown value with a 400 problem detail that
 * names the parameter and the allowed values (themes, target groups and SDG codes from the taxonomy,
 * addressees and meetings from the database).
 */
@Component
class ReportFilters {

	static final List<String> GROUPS = List.of("addressee", "theme", "year");

	static final List<String> YEAR_OF = List.of(ReportFilter.ADOPTION, ReportFilter.DISPATCH);

	/** Public source names and the finding source types stored for them (spec 5.1 against FindingSources). */
	static final Map<String, String> SOURCES = Map.of("ORDINANCE", "ORDINANCE", "FACILITY", "SURVEY", "ENTERPRISE",
			"CORPORATE", "CASE", "CASE", "EXTERNAL", "EXTERNAL");

	static final List<String> SOURCE_NAMES = List.of("ORDINANCE", "FACILITY", "ENTERPRISE", "CASE", "EXTERNAL");

	static final List<String> PRIORITIES = List.of("P1", "P2", "P3");

	private final Taxonomy taxonomy;

	private final JdbcTemplate jdbc;

	ReportFilters(Taxonomy taxonomy, JdbcTemplate jdbc) {
		this.taxonomy = taxonomy;
		this.jdbc = jdbc;
	}

	/** The filter of these request parameters; blank values mean "all". */
	ReportFilter of(Map<String, String> params, String defaultGroup) {
		String group = value(params, "groupBy");
		return new ReportFilter(year(value(params, "year")),
				checked("yearOf", value(params, "yearOf") == null ? ReportFilter.ADOPTION : value(params, "yearOf"),
						YEAR_OF),
				checked("addressee", value(params, "addressee"), () -> jdbc.queryForList(
						"select code from organisation order by code", String.class)),
				checked("theme", value(params, "theme"), () -> taxonomy.codes(Taxonomy.THEME)),
				checked("targetGroup", value(params, "targetGroup"), () -> taxonomy.codes(Taxonomy.TARGET_GROUP)),
				checked("sdg", value(params, "sdg"), () -> taxonomy.codes(Taxonomy.SDG)),
				storedSource(checked("source", value(params, "source"), SOURCE_NAMES)),
				checked("priority", value(params, "priority"), PRIORITIES),
				checked("meeting", value(params, "meeting"), () -> jdbc.queryForList(
						"select cast(id as varchar(20)) from meeting order by id", String.class)),
				checked("groupBy", group == null ? defaultGroup : group, GROUPS));
	}

	private static String storedSource(String name) {
		return name == null ? null : SOURCES.get(name);
	}

	static String publicSource(String stored) {
		return stored == null ? null : SOURCES.entrySet()
			.stream()
			.filter(e -> e.getValue().equals(stored))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(stored);
	}

	private static Integer year(String raw) {
		if (raw == null) {
			return null;
		}
		if (!raw.matches("\\d{4}")) {
			throw unknown("year", raw, "a year of four digits, e.g. 2027");
		}
		return Integer.valueOf(raw);
	}

	private static String checked(String parameter, String value, List<String> allowed) {
		return checked(parameter, value, () -> allowed);
	}

	private static String checked(String parameter, String value, java.util.function.Supplier<List<String>> allowed) {
		if (value == null) {
			return null;
		}
		List<String> known = allowed.get();
		if (!known.contains(value)) {
			throw unknown(parameter, value, known);
		}
		return value;
	}

	static ErrorResponseException unknown(String parameter, String value, Object allowed) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The filter '" + parameter
				+ "' has the unknown value '" + value + "'. Allowed values: " + allowed
				+ ". Leave it out (or empty) to count all.");
		problem.setTitle("Unknown report filter value");
		problem.setProperty("parameter", parameter);
		problem.setProperty("value", value);
		problem.setProperty("allowed", allowed);
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	private static String value(Map<String, String> params, String name) {
		String value = params.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

}
