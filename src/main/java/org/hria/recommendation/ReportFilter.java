package org.hria.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters of spec 4.2, already checked by {@link ReportFilters}, as SQL conditions on a
 * recommendation {@code r} and, for assignment reports, on an assignment {@code a}. Every filter
 * narrows the set of recommendations counted; addressee and year of dispatch narrow assignments
 * too. {@code source} holds the stored finding source type (SURVEY for FACILITY, CORPORATE for
 * ENTERPRISE).
 */
record ReportFilter(Integer year, String yearOf, String addressee, String theme, String targetGroup, String sdg,
		String source, String priority, String meeting, String groupBy) {

	static final String ADOPTION = "adoption";

	static final String DISPATCH = "dispatch";

	/** Year of adoption, addressee and theme only, as before the other filters existed. */
	ReportFilter(Integer year, String addressee, String theme, String groupBy) {
		this(year, ADOPTION, addressee, theme, null, null, null, null, null, groupBy);
	}

	boolean byDispatch() {
		return DISPATCH.equals(yearOf);
	}

	ReportFilter withGroupBy(String group) {
		return new ReportFilter(year, yearOf, addressee, theme, targetGroup, sdg, source, priority, meeting, group);
	}

	ReportFilter withoutYear() {
		return new ReportFilter(null, yearOf, addressee, theme, targetGroup, sdg, source, priority, meeting, groupBy);
	}

	boolean narrows() {
		return year != null || addressee != null || theme != null || targetGroup != null || sdg != null
				|| source != null || priority != null || meeting != null;
	}

	/** The grouping expression; grouping by theme needs the join of {@link #assignments}. */
	String key() {
		return switch (groupBy == null ? "" : groupBy) {
			case "addressee" -> "a.organisation_code";
			case "theme" -> "t.code";
			case "year" -> byDispatch() ? "cast(extract(year from a.dispatched_at) as integer)"
					: "cast(extract(year from r.decided_at) as integer)";
			default -> "'ALL'";
		};
	}

	/** {@code from assignment a join recommendation r ... where ...} with every filter; arguments appended. */
	String assignments(List<Object> args) {
		boolean byTheme = "theme".equals(groupBy);
		String join = byTheme ? " join recommendation_theme t on t.recommendation_id = r.id" : "";
		StringBuilder sql = new StringBuilder(" from assignment a join recommendation r on r.id = a.recommendation_id")
			.append(join)
			.append(" where 1 = 1");
		if (year != null) {
			sql.append(byDispatch() ? " and cast(extract(year from a.dispatched_at) as integer) = ?"
					: " and cast(extract(year from r.decided_at) as integer) = ?");
			args.add(year);
		}
		if (addressee != null) {
			sql.append(" and a.organisation_code = ?");
			args.add(addressee);
		}
		if (theme != null && byTheme) {
			sql.append(" and t.code = ?");
			args.add(theme);
		}
		return sql.append(tags(args, !byTheme)).toString();
	}

	/** Conditions ({@code and ...}) on a recommendation {@code r}, for reports that count recommendations. */
	String recommendations(List<Object> args) {
		StringBuilder sql = new StringBuilder();
		if (year != null) {
			sql.append(byDispatch()
					? " and exists (select 1 from assignment ya where ya.recommendation_id = r.id"
							+ " and cast(extract(year from ya.dispatched_at) as integer) = ?)"
					: " and cast(extract(year from r.decided_at) as integer) = ?");
			args.add(year);
		}
		if (addressee != null) {
			sql.append(" and exists (select 1 from assignment xa where xa.recommendation_id = r.id"
					+ " and xa.organisation_code = ?)");
			args.add(addressee);
		}
		return sql.append(tags(args, true)).toString();
	}

	private String tags(List<Object> args, boolean withTheme) {
		StringBuilder sql = new StringBuilder();
		if (theme != null && withTheme) {
			sql.append(" and exists (select 1 from recommendation_theme ft where ft.recommendation_id = r.id"
					+ " and ft.code = ?)");
			args.add(theme);
		}
		if (targetGroup != null) {
			sql.append(" and exists (select 1 from recommendation_target_group fg where fg.recommendation_id = r.id"
					+ " and fg.code = ?)");
			args.add(targetGroup);
		}
		if (sdg != null) {
			// a goal (10) also matches its targets (10.2)
			sql.append(" and exists (select 1 from recommendation_sdg_target fs where fs.recommendation_id = r.id"
					+ " and (fs.code = ? or fs.code like ?))");
			args.add(sdg);
			args.add(sdg + ".%");
		}
		if (source != null) {
			// a merged record's findings moved to the survivor; it still counts by the findings it brought
			sql.append(" and exists (select 1 from finding_ref ff where (ff.recommendation_id = r.id"
					+ " or ff.origin_recommendation_id = r.id) and ff.source_type = ?)");
			args.add(source);
		}
		if (priority != null) {
			sql.append(" and r.priority = ?");
			args.add(priority);
		}
		if (meeting != null) {
			sql.append(" and (r.meeting_id = ? or exists (select 1 from agenda_item fm where"
					+ " fm.recommendation_id = r.id and fm.meeting_id = ?))");
			args.add(meeting);
			args.add(Long.valueOf(meeting));
		}
		return sql.toString();
	}

	/** The filter as every export states it, with the public names of the parameters. */
	String describe() {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("groupBy", groupBy);
		shown.put("yearOf", yearOf);
		shown.put("year", year);
		shown.put("addressee", addressee);
		shown.put("theme", theme);
		shown.put("targetGroup", targetGroup);
		shown.put("sdg", sdg);
		shown.put("source", ReportFilters.publicSource(source));
		shown.put("priority", priority);
		shown.put("meeting", meeting);
		List<String> parts = new ArrayList<>();
		shown.forEach((key, value) -> parts.add(key + "=" + value));
		return String.join("; ", parts);
	}

}
