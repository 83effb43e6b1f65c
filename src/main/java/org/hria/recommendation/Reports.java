package org.hria.recommendation;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reports of spec 4.2 over assignments, grouped by addressee, theme or year (of adoption), with
 * optional filters. Merged records have no assignments, so only survivors count.
 */
@Component
class Reports {

	static final Map<String, String> DEFINITIONS = Map.of("acceptance",
			"acceptanceRate = (ACCEPTED + PARTIALLY_ACCEPTED) / responses received (NHRCK convention); "
					+ "fullAcceptanceRate = ACCEPTED / responses received; assignments awaiting a response are excluded",
			"implementation",
			"implementationRate = assignments VERIFIED or CLOSED as IMPLEMENTED_VERIFIED / assignments ACCEPTED or "
					+ "PARTIALLY_ACCEPTED; selfDeclared = IMPLEMENTED, not yet verified",
			"overdue", "every open assignment with a RESPONSE, IMPLEMENTATION or VERIFICATION overdue flag as of the day",
			"time-to-response", "days from receipt to response: median and 90th percentile (nearest rank)",
			"time-to-implementation", FlowReports.TIME_TO_IMPLEMENTATION, "pipeline", FlowReports.PIPELINE,
			"annual-summary", AnnualSummary.DEFINITION);

	private final JdbcTemplate jdbc;

	private final OverdueQuery overdue;

	private final FlowReports flows;

	private final AnnualSummary annual;

	Reports(JdbcTemplate jdbc, OverdueQuery overdue) {
		this.jdbc = jdbc;
		this.overdue = overdue;
		this.flows = new FlowReports(jdbc);
		this.annual = new AnnualSummary(jdbc);
	}

	/** The report {@code name} as the one model every format renders; empty when there is no such report. */
	java.util.Optional<ReportModel> report(String name, ReportFilter filter, LocalDate asOf) {
		LocalDate day = asOf == null ? Clocks.today() : asOf;
		List<Map<String, Object>> rows = switch (name) {
			case "acceptance" -> acceptance(filter);
			case "implementation" -> implementation(filter);
			case "time-to-response" -> timeToResponse(filter);
			case "overdue" -> overdue(day, filter);
			case "time-to-implementation" -> flows.timeToImplementation(filter);
			case "pipeline" -> flows.pipeline(filter);
			case "annual-summary" -> annual.rows(filter);
			default -> null;
		};
		if (rows == null) {
			return java.util.Optional.empty();
		}
		String filterText = filter.describe() + ("overdue".equals(name) ? "; asOf=" + day : "");
		return java.util.Optional.of(ReportModel.of(name, DEFINITIONS.get(name), filterText, yearOf(name, filter),
				java.time.Instant.now().toString(), rows));
	}

	static String yearOf(String name, ReportFilter filter) {
		if ("annual-summary".equals(name)) {
			return "the year of each counted event (see the definition); yearOf does not apply";
		}
		return filter.byDispatch() ? "dispatch (date the assignment was sent to the addressee)"
				: "adoption (committee decision date)";
	}

	List<Map<String, Object>> acceptance(ReportFilter filter) {
		List<Object> args = new ArrayList<>();
		String sql = "select " + filter.key() + " as grp, "
				+ "sum(case when a.decision = 'ACCEPTED' then 1 else 0 end) as accepted, "
				+ "sum(case when a.decision = 'PARTIALLY_ACCEPTED' then 1 else 0 end) as partial, "
				+ "sum(case when a.decision = 'NOT_ACCEPTED' then 1 else 0 end) as not_accepted, "
				+ "sum(case when a.decision is null and a.state in ('ROUTED', 'RESPONSE_DUE') then 1 else 0 end) as awaiting"
				+ filter.assignments(args) + " group by " + filter.key() + " order by 1";
		return jdbc.query(sql, (rs, i) -> {
			long accepted = rs.getLong("accepted");
			long partial = rs.getLong("partial");
			long responses = accepted + partial + rs.getLong("not_accepted");
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("group", rs.getString("grp"));
			row.put("accepted", accepted);
			row.put("partiallyAccepted", partial);
			row.put("notAccepted", rs.getLong("not_accepted"));
			row.put("awaitingResponse", rs.getLong("awaiting"));
			row.put("responses", responses);
			row.put("acceptanceRate", rate(accepted + partial, responses));
			row.put("fullAcceptanceRate", rate(accepted, responses));
			return row;
		}, args.toArray());
	}

	List<Map<String, Object>> implementation(ReportFilter filter) {
		List<Object> args = new ArrayList<>();
		String accepted = "a.decision in ('ACCEPTED', 'PARTIALLY_ACCEPTED')";
		String sql = "select " + filter.key() + " as grp, sum(case when " + accepted + " then 1 else 0 end) as acc, "
				+ "sum(case when " + accepted + " and (a.state = 'VERIFIED' or (a.state = 'CLOSED' and "
				+ "a.outcome = 'IMPLEMENTED_VERIFIED')) then 1 else 0 end) as verified, "
				+ "sum(case when " + accepted + " and a.state = 'IMPLEMENTED' then 1 else 0 end) as declared"
				+ filter.assignments(args) + " group by " + filter.key() + " order by 1";
		return jdbc.query(sql, (rs, i) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("group", rs.getString("grp"));
			row.put("acceptedOrPartiallyAccepted", rs.getLong("acc"));
			row.put("verified", rs.getLong("verified"));
			row.put("selfDeclaredUnverified", rs.getLong("declared"));
			row.put("implementationRate", rate(rs.getLong("verified"), rs.getLong("acc")));
			return row;
		}, args.toArray());
	}

	List<Map<String, Object>> timeToResponse(ReportFilter filter) {
		ReportFilter byAddressee = filter.groupBy() == null ? filter.withGroupBy("addressee") : filter;
		Map<String, List<Long>> days = new TreeMap<>();
		List<Object> args = new ArrayList<>();
		jdbc.query("select " + byAddressee.key() + " as grp, a.received_at, a.responded_at" + byAddressee.assignments(args)
				+ " and a.received_at is not null and a.responded_at is not null", rs -> {
					Date received = rs.getDate("received_at");
					Date responded = rs.getDate("responded_at");
					days.computeIfAbsent(rs.getString("grp"), k -> new ArrayList<>())
						.add(ChronoUnit.DAYS.between(received.toLocalDate(), responded.toLocalDate()));
				}, args.toArray());
		return durations(days, "responses");
	}

	/** One row per group: how many durations, their median and 90th percentile (nearest rank). */
	static List<Map<String, Object>> durations(Map<String, List<Long>> days, String countColumn) {
		List<Map<String, Object>> rows = new ArrayList<>();
		days.forEach((group, values) -> {
			values.sort(null);
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("group", group);
			row.put(countColumn, values.size());
			row.put("medianDays", percentile(values, 50));
			row.put("p90Days", percentile(values, 90));
			rows.add(row);
		});
		return rows;
	}

	List<Map<String, Object>> overdue(LocalDate asOf, ReportFilter filter) {
		java.util.Set<Long> matching = filter.narrows() ? matchingAssignments(filter) : null;
		return overdue.asOf(asOf)
			.stream()
			.filter(o -> matching == null || matching.contains(o.assignmentId()))
			.map(o -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("type", o.type());
				row.put("daysOverdue", o.daysOverdue());
				row.put("dueDate", o.dueDate().toString());
				row.put("recommendationId", o.recommendationId());
				row.put("assignmentId", o.assignmentId());
				row.put("addressee", o.organisation());
				row.put("addresseeName", o.organisationName());
				row.put("deadlineRule", o.deadlineRuleId());
				row.put("deadlineRuleVersion", o.deadlineRuleVersion());
				row.put("deadlineRuleStatus", o.deadlineRuleStatus());
				return row;
			})
			.toList();
	}

	private java.util.Set<Long> matchingAssignments(ReportFilter filter) {
		List<Object> args = new ArrayList<>();
		return new java.util.HashSet<>(jdbc.queryForList("select a.id" + filter.withGroupBy(null).assignments(args),
				Long.class, args.toArray()));
	}

	static Double rate(long part, long whole) {
		return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
	}

	static long percentile(List<Long> sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

}
