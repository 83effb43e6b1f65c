package org.hria.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing (BUREAU_LEAD approval) after the personal-data check of every public field, and the
 * published data the public may read without signing in.
 */
@Service
class Publication {

	private final LifecycleService lifecycle;

	private final RecommendationRepository recommendations;

	private final AssignmentRepository assignments;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	Publication(LifecycleService lifecycle, RecommendationRepository recommendations,
			AssignmentRepository assignments, AuditTrail audit, JdbcTemplate jdbc) {
		this.lifecycle = lifecycle;
		this.recommendations = recommendations;
		this.assignments = assignments;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@Transactional
	Map<String, Object> publish(long id, String publicSummary, boolean published, Caller caller) {
		Recommendation rec = lifecycle.visible(id, caller);
		if (published && (publicSummary == null || publicSummary.isBlank())) {
			throw LifecycleProblem.invalid("publicSummary", "required", "is required to publish");
		}
		if (published) {
			check("publicSummary", publicSummary);
			for (Assignment a : assignments.findByRecommendationIdOrderById(id)) {
				check("assignments[" + a.id + "].publicReason", a.publicReason);
			}
			List<Map<String, Object>> evidence = jdbc.queryForList("select e.id, e.uri from evidence e join measure m "
					+ "on m.id = e.measure_id join assignment a on a.id = m.assignment_id "
					+ "where a.recommendation_id = ? and e.is_public = true", id);
			evidence.forEach(e -> check("evidence[" + e.get("id") + "].uri", (String) e.get("uri")));
		}
		Map<String, Object> before = rec.snapshot();
		rec.publicSummary = published ? publicSummary : rec.publicSummary;
		rec.published = published;
		recommendations.saveAndFlush(rec);
		audit.append(new AuditEvent(rec.id, null, published ? "publish" : "unpublish", rec.state.name(),
				rec.state.name()), caller, "BUREAU_LEAD", before, rec.snapshot(), null);
		return Map.of("id", rec.id, "published", rec.published, "version", rec.version);
	}

	private static void check(String field, String text) {
		Optional<String> kind = PersonalDataCheck.find(text);
		if (kind.isPresent()) {
			throw LifecycleProblem.personalData(field, kind.get());
		}
	}

	@Transactional(readOnly = true)
	List<Map<String, Object>> published() {
		List<Map<String, Object>> result = new ArrayList<>();
		for (Recommendation rec : recommendations.findByPublishedTrueOrderById()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", rec.id);
			item.put("title", rec.title);
			item.put("publicSummary", rec.publicSummary);
			item.put("state", RecommendationViews.shownState(rec, assignments.findByRecommendationIdOrderById(rec.id))
				.name());
			item.put("decision", Map.of("date", String.valueOf(rec.decidedAt), "votesFor", nz(rec.votesFor),
					"votesAgainst", nz(rec.votesAgainst), "abstentions", nz(rec.abstentions)));
			item.put("addressees", assignments.findByRecommendationIdOrderById(rec.id)
				.stream()
				.map(this::publicAssignment)
				.toList());
			result.add(item);
		}
		return result;
	}

	private Map<String, Object> publicAssignment(Assignment a) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("addressee", jdbc.queryForObject("select name from organisation where code = ?", String.class,
				a.organisationCode));
		view.put("role", a.lead ? "LEAD" : "SUPPORTING");
		view.put("state", a.state.name());
		view.put("responseCategory", a.decision);
		view.put("outcome", a.outcome);
		view.put("publicReason", a.publicReason);
		view.put("plan", jdbc.queryForList("select description, kind, target_date, status, percent from measure "
				+ "where assignment_id = ? and status <> 'DROPPED' order by id", a.id));
		return view;
	}

	private static int nz(Integer value) {
		return value == null ? 0 : value;
	}

}
