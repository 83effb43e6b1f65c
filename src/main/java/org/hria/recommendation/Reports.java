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
			"time-to-response", "days from receipt to response: median and 90th percentile (nearest rank)");

	private final JdbcTemplate jdbc;

	private final OverdueQuery overdue;

	Reports(JdbcTemplate jdbc, OverdueQuery overdue) {
		this.jdbc = jdbc;
		this.overdue = overdue;
	}

	record Filter(Integer year, String addressee, String theme, String groupBy) {

		String key() {
			return switch (groupBy == null ? "" : groupBy) {
				case "addressee" -> "a.organisation_code";
				case "theme" -> "t.code";
				case "year" -> "cast(extract(year from r.decided_at) as integer)";
				default -> "'ALL'";
			};
		}

		String from() {
			String join = "theme".equals(groupBy) || theme != null
					? " join recommendation_theme t on t.recommendation_id = r.id" : "";
			return " from assignment a join recommendation r on r.id = a.recommendation_id" + join + " where 1 = 1"
					+ (year != null ? " and cast(extract(year from r.decided_at) as integer) = ?" : "")
					+ (addressee != null ? " and a.organisation_code = ?" : "") + (theme != null ? " and t.code = ?" : "");
		}

		Object[] arguments() {
			List<Object> args = new ArrayList<>();
			if (year != null) {
				args.add(year);
			}
			if (addressee != null) {
				args.add(addressee);
			}
			if (theme != null) {
				args.add(theme);
			}
			return args.toArray();
		}

	}

	/** The report {@code name} as the one model every format renders; empty when there is no such report. */
	java.util.Optional<ReportModel> report(String name, Filter filter, LocalDate asOf) {
		LocalDate day = asOf == null ? Clocks.today() : asOf;
		List<Map<String, Object>> rows = switch (name) {
			case "acceptance" -> acceptance(filter);
			case "implementation" -> implementation(filter);
			case "time-to-response" -> timeToResponse(filter);
			case "overdue" -> overdue(day, filter);
			default -> null;
		};
		if (rows == null) {
			return java.util.Optional.empty();
		}
		String filterText = "groupBy=" + filter.groupBy() + "; year=" + filter.year() + "; addressee="
				+ filter.addressee() + "; theme=" + filter.theme() + ("overdue".equals(name) ? "; asOf=" + day : "");
		return java.util.Optional.of(ReportModel.of(name, DEFINITIONS.get(name), filterText,
				"adoption (committee decision date)", java.time.Instant.now().toString(), rows));
	}

	List<Map<String, Object>> acceptance(Filter filter) {
		String sql = "select " + filter.key() + " as grp, "
				+ "sum(case when a.decision = 'ACCEPTED' then 1 else 0 end) as accepted, "
				+ "sum(case when a.decision = 'PARTIALLY_ACCEPTED' then 1 else 0 end) as partial, "
				+ "sum(case when a.decision = 'NOT_ACCEPTED' then 1 else 0 end) as not_accepted, "
				+ "sum(case when a.decision is null and a.state in ('ROUTED', 'RESPONSE_DUE') then 1 else 0 end) as awaiting"
				+ filter.from() + " group by " + filter.key() + " order by 1";
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
		}, filter.arguments());
	}

	List<Map<String, Object>> implementation(Filter filter) {
		String accepted = "a.decision in ('ACCEPTED', 'PARTIALLY_ACCEPTED')";
		String sql = "select " + filter.key() + " as grp, sum(case when " + accepted + " then 1 else 0 end) as acc, "
				+ "sum(case when " + accepted + " and (a.state = 'VERIFIED' or (a.state = 'CLOSED' and "
				+ "a.outcome = 'IMPLEMENTED_VERIFIED')) then 1 else 0 end) as verified, "
				+ "sum(case when " + accepted + " and a.state = 'IMPLEMENTED' then 1 else 0 end) as declared"
				+ filter.from() + " group by " + filter.key() + " order by 1";
		return jdbc.query(sql, (rs, i) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("group", rs.getString("grp"));
			row.put("acceptedOrPartiallyAccepted", rs.getLong("acc"));
			row.put("verified", rs.getLong("verified"));
			row.put("selfDeclaredUnverified", rs.getLong("declared"));
			row.put("implementationRate", rate(rs.getLong("verified"), rs.getLong("acc")));
			return row;
		}, filter.arguments());
	}

	List<Map<String, Object>> timeToResponse(Filter filter) {
		Filter byAddressee = filter.groupBy() == null ? new Filter(filter.year(), filter.addressee(), filter.theme(),
				"addressee") : filter;
		Map<String, List<Long>> days = new TreeMap<>();
		jdbc.query("select " + byAddressee.key() + " as grp, a.received_at, a.responded_at" + byAddressee.from()
				+ " and a.received_at is not null and a.responded_at is not null", rs -> {
					Date received = rs.getDate("received_at");
					Date responded = rs.getDate("responded_at");
					days.computeIfAbsent(rs.getString("grp"), k -> new ArrayList<>())
						.add(ChronoUnit.DAYS.between(received.toLocalDate(), responded.toLocalDate()));
				}, byAddressee.arguments());
		List<Map<String, Object>> rows = new ArrayList<>();
		days.forEach((group, values) -> {
			values.sort(null);
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("group", group);
			row.put("responses", values.size());
			row.put("medianDays", percentile(values, 50));
			row.put("p90Days", percentile(values, 90));
			rows.add(row);
		});
		return rows;
	}

	List<Map<String, Object>> overdue(LocalDate asOf, Filter filter) {
		return overdue.asOf(asOf)
			.stream()
			.filter(o -> filter.addressee() == null || filter.addressee().equals(o.organisation()))
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

	static Double rate(long part, long whole) {
		return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
	}

	static long percentile(List<Long> sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

}
