package org.hria.recommendation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual summary of spec 4.2 in the words the cities report in: subjects assessed, findings,
 * recommendations created and adopted, responses accepted, implementations verified. Each figure
 * counts the events of its own calendar year.
 */
class AnnualSummary {

	static final String DEFINITION = "one row per calendar year; each figure counts what happened in that year "
			+ "(year of the stored date): ordinanceReviews = ordinance reviews made; surveyedFacilities = distinct "
			+ "facilities in the surveys made; corporateAssessments = SUBMITTED corporate self-assessments of that "
			+ "assessment year; subjectsAssessed = the sum of the three (narrowed by source only: the other filters do "
			+ "not apply to assessments); findings = distinct findings held by the recommendations created that year; "
			+ "recommendationsCreated = recommendations created, merged ones excluded (statistics count survivors); "
			+ "adopted = recommendations adopted by the committee, by decision date; responses = assignments answered; "
			+ "accepted = ACCEPTED + PARTIALLY_ACCEPTED (NHRCK convention), fullyAccepted = ACCEPTED, with both rates "
			+ "over responses; implementedVerified = assignments verified (VERIFIED, by verification date); groupBy "
			+ "does not apply";

	private static final String YEAR = "cast(extract(year from %s) as integer)";

	private final JdbcTemplate jdbc;

	AnnualSummary(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Map<String, Object>> rows(ReportFilter filter) {
		Map<String, Map<Integer, Long>> figures = new LinkedHashMap<>();
		String source = filter.source();
		figures.put("ordinanceReviews", source == null || "ORDINANCE".equals(source)
				? count(year("created_at"), "count(*)", " from ordinance_review", List.of()) : Map.of());
		figures.put("surveyedFacilities", source == null || "SURVEY".equals(source)
				? count(year("s.created_at"), "count(distinct sf.facility_id)",
						" from survey_facility sf join survey s on s.id = sf.survey_id", List.of())
				: Map.of());
		figures.put("corporateAssessments", source == null || "CORPORATE".equals(source)
				? count("assessment_year", "count(*)", " from corporate_assessment where state = 'SUBMITTED'", List.of())
				: Map.of());
		ReportFilter all = filter.withoutYear().withGroupBy(null);
		List<Object> args = new ArrayList<>();
		String where = all.recommendations(args) + (source == null ? "" : " and f.source_type = ?");
		if (source != null) {
			args.add(source);
		}
		figures.put("findings", count(year("r.created_at"), "count(distinct f.finding_id)",
				" from finding_ref f join recommendation r on r.id = f.recommendation_id where 1 = 1" + where, args));
		args = new ArrayList<>();
		figures.put("recommendationsCreated", count(year("r.created_at"), "count(*)",
				" from recommendation r where r.state <> 'MERGED'" + all.recommendations(args), args));
		args = new ArrayList<>();
		// only adopt and reject record a decision date; a withdrawn adopted record keeps it
		figures.put("adopted", count(year("r.decided_at"), "count(*)", " from recommendation r where r.decided_at is "
				+ "not null and r.state <> 'REJECTED'" + all.recommendations(args), args));
		figures.putAll(responses(all));
		figures.put("implementedVerified", assignments(all, "a.verified_at", "count(*)", "a.verified_at is not null"));
		return table(figures, filter.year());
	}

	private static List<Map<String, Object>> table(Map<String, Map<Integer, Long>> figures, Integer onlyYear) {
		TreeSet<Integer> years = new TreeSet<>();
		figures.values().forEach(byYear -> years.addAll(byYear.keySet()));
		if (onlyYear != null) {
			years.clear();
			years.add(onlyYear);
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Integer year : years) {
			Map<String, Long> of = new HashMap<>();
			figures.forEach((name, byYear) -> of.put(name, byYear.getOrDefault(year, 0L)));
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("year", year);
			row.put("ordinanceReviews", of.get("ordinanceReviews"));
			row.put("surveyedFacilities", of.get("surveyedFacilities"));
			row.put("corporateAssessments", of.get("corporateAssessments"));
			row.put("subjectsAssessed", of.get("ordinanceReviews") + of.get("surveyedFacilities")
					+ of.get("corporateAssessments"));
			for (String name : List.of("findings", "recommendationsCreated", "adopted", "responses", "accepted",
					"fullyAccepted")) {
				row.put(name, of.get(name));
			}
			row.put("acceptanceRate", Reports.rate(of.get("accepted"), of.get("responses")));
			row.put("fullAcceptanceRate", Reports.rate(of.get("fullyAccepted"), of.get("responses")));
			row.put("implementedVerified", of.get("implementedVerified"));
			rows.add(row);
		}
		return rows;
	}

	/** Responses, accepted and fully accepted by year of response, in one pass over the assignments. */
	private Map<String, Map<Integer, Long>> responses(ReportFilter all) {
		List<Object> args = new ArrayList<>();
		String yearOfResponse = year("a.responded_at");
		Map<String, Map<Integer, Long>> figures = Map.of("responses", new HashMap<>(), "accepted", new HashMap<>(),
				"fullyAccepted", new HashMap<>());
		jdbc.query("select " + yearOfResponse + " as y, count(*) as c, sum(case when a.decision in ('ACCEPTED', "
				+ "'PARTIALLY_ACCEPTED') then 1 else 0 end) as accepted, sum(case when a.decision = 'ACCEPTED' then 1 "
				+ "else 0 end) as full_acceptance" + all.assignments(args) + " and a.responded_at is not null and "
				+ "a.decision is not null group by " + yearOfResponse, rs -> {
					figures.get("responses").put(rs.getInt("y"), rs.getLong("c"));
					figures.get("accepted").put(rs.getInt("y"), rs.getLong("accepted"));
					figures.get("fullyAccepted").put(rs.getInt("y"), rs.getLong("full_acceptance"));
				}, args.toArray());
		return figures;
	}

	private Map<Integer, Long> assignments(ReportFilter all, String dateColumn, String measure, String condition) {
		List<Object> args = new ArrayList<>();
		String from = all.assignments(args) + " and " + dateColumn + " is not null and " + condition;
		return count(year(dateColumn), measure, from, args);
	}

	private Map<Integer, Long> count(String yearExpression, String measure, String from, List<Object> args) {
		Map<Integer, Long> byYear = new HashMap<>();
		jdbc.query("select " + yearExpression + " as y, " + measure + " as c" + from + " group by " + yearExpression,
				rs -> {
					byYear.put(rs.getInt("y"), rs.getLong("c"));
				}, args.toArray());
		return byYear;
	}

	private static String year(String column) {
		return String.format(YEAR, column);
	}

}
