package org.hria.survey;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Inserts findings in JDBC batches: a large survey has tens of thousands, too many for one insert each. */
@Component
class SurveyFindingWriter {

	private static final String INSERT = "insert into survey_finding (facility_row_id, position, criterion, rule_id,"
			+ " measured, unit, required, severity, priority, remedy, remedy_type, source, status, advisory, bring, line)"
			+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	SurveyFindingWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long facilityRowId, List<Finding> findings, List<Object[]> batch) {
		for (int i = 0; i < findings.size(); i++) {
			Finding f = findings.get(i);
			batch.add(new Object[] { facilityRowId, i, f.criterion(), f.ruleId(), f.measured(), f.unit(), f.required(),
					f.severity(), f.priority(), f.remedy(), f.remedyType(), f.source(), f.status(), f.advisory(),
					f.bring(), f.line() });
		}
		if (batch.size() >= 1000) {
			flush(batch);
		}
	}

	void flush(List<Object[]> batch) {
		if (!batch.isEmpty()) {
			jdbc.batchUpdate(INSERT, new ArrayList<>(batch));
			batch.clear();
		}
	}

}
