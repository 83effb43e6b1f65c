package org.hria.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/recommendations?state=&theme=&addressee=&overdue=&year=}: a page of summaries.
 * {@code state} matches the recommendation's own state or the state of any of its assignments;
 * {@code year} is the year of adoption. Addressee roles see only their organisations' records.
 */
@Component
class RecommendationSearch {

	private final JdbcTemplate jdbc;

	private final OverdueQuery overdue;

	RecommendationSearch(JdbcTemplate jdbc, OverdueQuery overdue) {
		this.jdbc = jdbc;
		this.overdue = overdue;
	}

	record Query(String state, String theme, String addressee, Boolean overdue, Integer year, int page, int size) {
	}

	List<Map<String, Object>> search(Query query, Caller caller) {
		StringBuilder sql = new StringBuilder("select r.id, r.title, r.state, r.priority, r.decided_at, r.published "
				+ "from recommendation r where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (query.state() != null) {
			sql.append(" and (r.state = ? or exists (select 1 from assignment s where s.recommendation_id = r.id "
					+ "and s.state = ?))");
			args.add(query.state());
			args.add(query.state());
		}
		if (query.theme() != null) {
			sql.append(" and exists (select 1 from recommendation_theme t where t.recommendation_id = r.id and t.code = ?)");
			args.add(query.theme());
		}
		if (query.addressee() != null) {
			sql.append(" and exists (select 1 from assignment a where a.recommendation_id = r.id "
					+ "and a.organisation_code = ?)");
			args.add(query.addressee());
		}
		if (query.year() != null) {
			sql.append(" and cast(extract(year from r.decided_at) as integer) = ?");
			args.add(query.year());
		}
		if (!caller.seesAll()) {
			sql.append(" and exists (select 1 from assignment v join user_organisation u on u.organisation_code = "
					+ "v.organisation_code where v.recommendation_id = r.id and u.username = ?)");
			args.add(caller.username());
		}
		if (Boolean.TRUE.equals(query.overdue())) {
			Set<Long> ids = overdue.asOf(Clocks.today())
				.stream()
				.map(OverdueQuery.Overdue::recommendationId)
				.collect(Collectors.toSet());
			if (ids.isEmpty()) {
				return List.of();
			}
			sql.append(" and r.id in (").append(ids.stream().map(String::valueOf).collect(Collectors.joining(",")))
				.append(")");
		}
		sql.append(" order by r.id desc limit ? offset ?");
		args.add(query.size());
		args.add((long) query.page() * query.size());
		return jdbc.queryForList(sql.toString(), args.toArray());
	}

}
