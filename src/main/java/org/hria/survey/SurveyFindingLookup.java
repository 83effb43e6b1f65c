package org.hria.survey;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hria.recommendation.FindingLookup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stored facility findings as recommendations cite them ({@code SUR-<id>}): facility, criterion
 * and measured value with its unit. A re-survey is the facility's latest later survey; the finding
 * is gone when its rule no longer fires for its criterion there and the criterion was measured.
 */
@Component
class SurveyFindingLookup implements FindingLookup {

	static final String PREFIX = "SUR-";

	private static final Pattern ID = Pattern.compile("SUR-(\\d{1,18})");

	private static final String FINDING = "select f.criterion, f.rule_id, f.measured, f.unit, f.required,"
			+ " sf.facility_id, sf.name, sf.survey_id from survey_finding f"
			+ " join survey_facility sf on sf.id = f.facility_row_id where f.id = ?";

	private static final String LATER = "select id, survey_id, missing, surveyed from survey_facility"
			+ " where facility_id = ? and survey_id > ? order by survey_id desc, id desc fetch first 1 rows only";

	private static final String STILL = "select measured, unit, required from survey_finding"
			+ " where facility_row_id = ? and criterion = ? and rule_id = ?";

	private final JdbcTemplate jdbc;

	SurveyFindingLookup(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	static String idOf(Long findingId) {
		return findingId == null ? null : PREFIX + findingId;
	}

	@Override
	public String sourceType() {
		return "SURVEY";
	}

	@Override
	public Optional<FindingView> find(String findingId, Viewer viewer) {
		if (!viewer.hasAnyRole("INSPECTOR", "BUREAU_OFFICER", "BUREAU_LEAD")) {
			return Optional.empty();
		}
		return stored(findingId).map(f -> new FindingView("S-" + f.surveyId(), findingId, f.ruleId(), f.locator()));
	}

	@Override
	public Optional<Recheck> recheck(String findingId, String method) {
		if (!"RESURVEY".equals(method)) {
			return Optional.empty();
		}
		return stored(findingId).map(this::recheck);
	}

	private Recheck recheck(Stored finding) {
		List<Later> later = jdbc.query(LATER, (rs, i) -> new Later(rs.getLong(1), rs.getLong(2), rs.getString(3),
				rs.getString(4)), finding.facilityId(), finding.surveyId());
		if (later.isEmpty()) {
			return new Recheck(null, List.of(finding.ruleId()), List.of());
		}
		Later row = later.get(0);
		String where = finding.facilityId() + " " + finding.criterion() + " in survey S-" + row.surveyId();
		List<String> failing = jdbc.query(STILL, (rs, i) -> where + " still " + rs.getString(1) + unit(rs.getString(2))
				+ " (required " + rs.getString(3) + ", rule " + finding.ruleId() + ")", row.id(), finding.criterion(),
				finding.ruleId());
		if (failing.isEmpty() && !row.measured(finding.criterion())) {
			failing = List.of(where + " was not measured, so rule " + finding.ruleId() + " could not run");
		}
		return new Recheck("S-" + row.surveyId(), List.of(finding.ruleId()), failing);
	}

	private Optional<Stored> stored(String findingId) {
		Matcher matcher = ID.matcher(findingId == null ? "" : findingId);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return jdbc.query(FINDING, (rs, i) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8)),
				Long.parseLong(matcher.group(1))).stream().findFirst();
	}

	private static String unit(String unit) {
		return unit == null || unit.isBlank() ? "" : " " + unit;
	}

	private record Stored(String criterion, String ruleId, String measured, String unit, String required,
			String facilityId, String facilityName, long surveyId) {

		String locator() {
			return facilityName + " (" + facilityId + "), survey S-" + surveyId + "; " + criterion + " measured "
					+ measured + SurveyFindingLookup.unit(unit) + " (required " + required + "); rule " + ruleId;
		}

	}

	private record Later(long id, long surveyId, String missing, String surveyed) {

		/** Measured in this survey; a survey stored before criteria were recorded counts as not proving it. */
		boolean measured(String criterion) {
			return surveyed != null && List.of(surveyed.split(",")).contains(criterion)
					&& (missing == null || !List.of(missing.split(",")).contains(criterion));
		}

	}

}
