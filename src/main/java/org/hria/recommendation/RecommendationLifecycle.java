package org.hria.recommendation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may do with recommendations: take a lifecycle action exactly as the API does
 * (same checks, same audit event) and read the papers a committee decides on.
 */
@Component
public class RecommendationLifecycle {

	private final LifecycleService lifecycle;

	private final Callers callers;

	private final RecommendationRepository recommendations;

	private final FindingRefRepository findings;

	private final Organisations organisations;

	RecommendationLifecycle(LifecycleService lifecycle, Callers callers, RecommendationRepository recommendations,
			FindingRefRepository findings, Organisations organisations) {
		this.lifecycle = lifecycle;
		this.callers = callers;
		this.recommendations = recommendations;
		this.findings = findings;
		this.organisations = organisations;
	}

	/** The action as {@code POST /api/recommendations/{id}/transitions}; problems as there (400, 403, 404, 409). */
	public Map<String, Object> transition(long id, String action, Map<String, Object> data, Authentication user) {
		return lifecycle.transition(id, action, data, null, callers.of(user));
	}

	/** The agenda paper of one recommendation, for internal readers (the committee and the Bureau). */
	@Transactional(readOnly = true)
	public Optional<Paper> paper(long id) {
		return recommendations.findById(id).map(this::paper);
	}

	/** Recommendations waiting to be scheduled (TRIAGED), oldest first. */
	@Transactional(readOnly = true)
	public List<Paper> triaged() {
		return recommendations.findByStateOrderById(State.TRIAGED).stream().map(this::paper).toList();
	}

	private Paper paper(Recommendation rec) {
		List<FindingLine> lines = findings.findByRecommendationIdOrderById(rec.id)
			.stream()
			.map(f -> new FindingLine(f.sourceType, f.findingId, f.ruleId, f.locator))
			.toList();
		List<Addressee> addressees = rec.proposedAddressees == null || rec.proposedAddressees.isBlank() ? List.of()
				: Arrays.stream(rec.proposedAddressees.split(",")).map(code -> new Addressee(code, organisations.nameOf(code)))
					.toList();
		return new Paper(rec.id, rec.refNo, rec.title, rec.text, rec.adoptedText, rec.state.name(), lines, addressees);
	}

	/** A recommendation as the committee reads it; addressees by name. */
	public record Paper(long id, String refNo, String title, String text, String adoptedText, String state,
			List<FindingLine> findings, List<Addressee> proposedAddressees) {
	}

	/** An organisation the recommendation is addressed to: code (as transitions take it) and name. */
	public record Addressee(String code, String name) {
	}

	/** A finding with its rule id and human-readable locator. */
	public record FindingLine(String sourceType, String findingId, String ruleId, String locator) {
	}

}
