package org.hria.recommendation;

import java.sql.Date;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/** Time to implementation and the pipeline of spec 4.2: how long, and how records move month by month. */
class FlowReports {

	static final String TIME_TO_IMPLEMENTATION = "days from the response (respondedDate) to the verification "
			+ "(verifiedDate) of each verified assignment: median and 90th percentile (nearest rank), by theme unless "
			+ "groupBy says otherwise; a recommendation with two themes counts in both";

	static final String PIPELINE = "recommendations that entered each state in each month (Korea time), from the "
			+ "audit events that moved them (recommendation and assignment transitions; a record counts once per "
			+ "month and state however often it moved); DISMISSED with the dismissal reason code, MERGED with the "
			+ "merge's reason code or DUPLICATE when none was given; not the stock at the end of the month; groupBy "
			+ "does not apply";

	private static final Pattern REASON = Pattern.compile("\"reasonCode\"\\s*:\\s*\"([A-Z_]+)\"");

	private final JdbcTemplate jdbc;

	FlowReports(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Map<String, Object>> timeToImplementation(ReportFilter filter) {
		ReportFilter grouped = filter.groupBy() == null ? filter.withGroupBy("theme") : filter;
		List<Object> args = new ArrayList<>();
		Map<String, List<Long>> days = new TreeMap<>();
		jdbc.query("select " + grouped.key() + " as grp, a.responded_at, a.verified_at" + grouped.assignments(args)
				+ " and a.responded_at is not null and a.verified_at is not null", rs -> {
					Date responded = rs.getDate("responded_at");
					Date verified = rs.getDate("verified_at");
					days.computeIfAbsent(rs.getString("grp"), k -> new ArrayList<>())
						.add(ChronoUnit.DAYS.between(responded.toLocalDate(), verified.toLocalDate()));
				}, args.toArray());
		return Reports.durations(days, "verifiedAssignments");
	}

	List<Map<String, Object>> pipeline(ReportFilter filter) {
		List<Object> args = new ArrayList<>();
		String sql = "select e.recommendation_id, e.to_state, e.occurred_at, case when e.to_state in ('DISMISSED', "
				+ "'MERGED') then e.after_json end as after_json from audit_event e join recommendation r on r.id = "
				+ "e.recommendation_id left join assignment a on a.id = e.assignment_id where e.to_state is not null "
				+ "and (e.from_state is null or e.from_state <> e.to_state)" + filter.recommendations(args);
		if (filter.addressee() != null) {
			sql += " and (e.assignment_id is null or a.organisation_code = ?)";
			args.add(filter.addressee());
		}
		Map<List<String>, Set<Long>> counted = new LinkedHashMap<>();
		jdbc.query(sql, rs -> {
			String month = YearMonth
				.from(rs.getTimestamp("occurred_at").toInstant().atZone(Clocks.CITY))
				.toString();
			String state = rs.getString("to_state");
			counted.computeIfAbsent(List.of(month, state, reasonCode(state, rs.getString("after_json"))),
					k -> new HashSet<>())
				.add(rs.getLong("recommendation_id"));
		}, args.toArray());
		List<Map<String, Object>> rows = new ArrayList<>();
		counted.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<List<String>, Set<Long>> e) -> e.getKey().get(0))
				.thenComparing(e -> order(e.getKey().get(1)))
				.thenComparing(e -> e.getKey().get(2)))
			.forEach(e -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("month", e.getKey().get(0));
				row.put("state", e.getKey().get(1));
				row.put("reasonCode", e.getKey().get(2));
				row.put("recommendations", e.getValue().size());
				rows.add(row);
			});
		return rows;
	}

	static String reasonCode(String state, String afterJson) {
		if (!"DISMISSED".equals(state) && !"MERGED".equals(state)) {
			return "";
		}
		Matcher matcher = REASON.matcher(afterJson == null ? "" : afterJson);
		if (matcher.find()) {
			return matcher.group(1);
		}
		return "MERGED".equals(state) ? "DUPLICATE" : "";
	}

	/** Lifecycle order, side exits last. */
	private static int order(String state) {
		try {
			State known = State.valueOf(state);
			return known.rank() < 0 ? 20 + known.ordinal() : known.rank();
		}
		catch (IllegalArgumentException ex) {
			return 99;
		}
	}

}
