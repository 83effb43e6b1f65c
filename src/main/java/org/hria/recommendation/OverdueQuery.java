package org.hria.recommendation;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The overdue list of spec 4.2, computed in SQL from stored dates as of a given day (never stored). */
@Component
class OverdueQuery {

	private static final String COLUMNS = "select a.id, a.recommendation_id, a.organisation_code, o.name, "
			+ "a.deadline_rule_id, a.deadline_rule_version, ";

	private final JdbcTemplate jdbc;

	private final Deadlines deadlines;

	private final int verificationDays;

	OverdueQuery(JdbcTemplate jdbc, Deadlines deadlines,
			@Value("${hria.recommendations.verification-days:60}") int verificationDays) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.verificationDays = verificationDays;
	}

	record Overdue(String type, long assignmentId, long recommendationId, String organisation,
			String organisationName, String deadlineRuleId, String deadlineRuleVersion, String deadlineRuleStatus,
			LocalDate dueDate, long daysOverdue) {
	}

	List<Overdue> asOf(LocalDate today) {
		Map<String, String> statuses = new LinkedHashMap<>();
		deadlines.rules().forEach(rule -> statuses.put(rule.id(), rule.status()));
		Date day = Date.valueOf(today);
		List<Overdue> result = new ArrayList<>();
		result.addAll(query("RESPONSE_OVERDUE", COLUMNS + "coalesce(a.extended_due_at, a.response_due_at) as due "
				+ "from assignment a join organisation o on o.code = a.organisation_code "
				+ "where a.state in ('ROUTED', 'RESPONSE_DUE') and coalesce(a.extended_due_at, a.response_due_at) < ?",
				today, statuses, day));
		// driven by the index on (status, target_date) of the few open measures past their date
		result.addAll(query("IMPLEMENTATION_OVERDUE", COLUMNS + "min(m.target_date) as due "
				+ "from measure m join assignment a on a.id = m.assignment_id "
				+ "join organisation o on o.code = a.organisation_code "
				+ "where a.state <> 'CLOSED' and m.status in ('PLANNED', 'IN_PROGRESS') and m.target_date < ? "
				+ "group by a.id, a.recommendation_id, a.organisation_code, o.name, a.deadline_rule_id, "
				+ "a.deadline_rule_version", today, statuses, day));
		result.addAll(query("VERIFICATION_OVERDUE", COLUMNS + "a.implemented_at as due "
				+ "from assignment a join organisation o on o.code = a.organisation_code "
				+ "where a.state = 'IMPLEMENTED' and a.implemented_at < ?", today, statuses,
				Date.valueOf(today.minusDays(verificationDays))));
		result.sort(Comparator.comparingLong(Overdue::daysOverdue).reversed());
		return result;
	}

	private List<Overdue> query(String type, String sql, LocalDate today, Map<String, String> statuses, Date bound) {
		int shift = "VERIFICATION_OVERDUE".equals(type) ? verificationDays : 0;
		return jdbc.query(sql, (rs, i) -> {
			LocalDate due = rs.getDate("due").toLocalDate().plusDays(shift);
			return new Overdue(type, rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), statuses.getOrDefault(rs.getString(5), "unknown rule"), due,
					ChronoUnit.DAYS.between(due, today));
		}, bound);
	}

}
