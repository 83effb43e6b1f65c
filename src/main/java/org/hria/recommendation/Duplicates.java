package org.hria.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Duplicate candidates of spec 3.1 for one recommendation: other open records with a finding of
 * the same rule at the same locator, or whose title and text are
 * similar (threshold in triage.csv). Each candidate says why; the officer decides.
 */
@Component
class Duplicates {

	static final List<String> OPEN = List.of("DRAFT", "TRIAGED", "ON_AGENDA", "ADOPTED", "ROUTED");

	private final JdbcTemplate jdbc;

	private final TriageSettings settings;

	Duplicates(JdbcTemplate jdbc, TriageSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	List<Map<String, Object>> of(Recommendation rec) {
		Map<Long, Map<String, Object>> candidates = new LinkedHashMap<>();
		sameFinding(rec, candidates);
		similarText(rec, candidates);
		return new ArrayList<>(candidates.values());
	}

	private void sameFinding(Recommendation rec, Map<Long, Map<String, Object>> candidates) {
		String sql = "select o.recommendation_id, r.title, r.state, o.rule_id, o.locator, "
				+ "o.finding_id, m.finding_id as mine, m.locator as my_locator "
				+ "from finding_ref m join finding_ref o on o.rule_id = m.rule_id "
				+ "and o.recommendation_id <> m.recommendation_id join recommendation r on r.id = o.recommendation_id "
				+ "where m.recommendation_id = ? and m.rule_id is not null and r.state in (" + placeholders()
				+ ") order by o.recommendation_id, o.id";
		List<Object> args = new ArrayList<>(List.of(rec.id));
		args.addAll(OPEN);
		jdbc.query(sql, rs -> {
			if (!normal(rs.getString("locator")).equals(normal(rs.getString("my_locator")))) {
				return;
			}
			String why = "same rule " + rs.getString("rule_id") + " and locator '" + rs.getString("locator")
					+ "' (their finding " + rs.getString("finding_id") + ", ours " + rs.getString("mine") + ")";
			candidate(candidates, rs.getLong("recommendation_id"), rs.getString("title"), rs.getString("state"))
				.add(why);
		}, args.toArray());
	}

	private void similarText(Recommendation rec, Map<Long, Map<String, Object>> candidates) {
		double threshold = settings.textThreshold();
		Set<String> mine = Similarity.tokens(rec.title + " " + rec.text);
		List<Object> args = new ArrayList<>(OPEN);
		args.add(rec.id);
		jdbc.query("select id, title, body, state from recommendation where state in (" + placeholders()
				+ ") and id <> ? order by id", rs -> {
					double similarity = Similarity.jaccard(mine,
							Similarity.tokens(rs.getString("title") + " " + rs.getString("body")));
					if (similarity >= threshold) {
						candidate(candidates, rs.getLong("id"), rs.getString("title"), rs.getString("state"))
							.add(String.format(Locale.ROOT, "similar text: Jaccard %.3f >= %.2f "
									+ "(words; Korean as character bigrams)", similarity, threshold));
					}
				}, args.toArray());
	}

	@SuppressWarnings("unchecked")
	private static List<String> candidate(Map<Long, Map<String, Object>> candidates, long id, String title,
			String state) {
		return (List<String>) candidates.computeIfAbsent(id, key -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", id);
			row.put("title", title);
			row.put("state", state);
			row.put("mergeable", "DRAFT".equals(state) || "TRIAGED".equals(state));
			row.put("reasons", new ArrayList<String>());
			return row;
		}).get("reasons");
	}

	private static String placeholders() {
		return String.join(",", OPEN.stream().map(s -> "?").toList());
	}

	private static String normal(String locator) {
		return locator == null ? "" : locator.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
