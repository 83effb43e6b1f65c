package org.hria.ordinance;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hria.recommendation.FindingLookup;
import org.springframework.stereotype.Component;

/**
 * Ordinance review findings as recommendations cite them: {@code ORD-<review>-<stable id>}, since a
 * finding keeps its stable id in every version of the draft. The locator is the article and the
 * quoted text. The text check looks for the finding in the latest later version of the draft.
 */
@Component
class OrdinanceFindingLookup implements FindingLookup {

	private static final Pattern ID = Pattern.compile("ORD-(\\d{1,18})-(F-[0-9a-f]+)");

	private final OrdinanceReviewService reviews;

	OrdinanceFindingLookup(OrdinanceReviewService reviews) {
		this.reviews = reviews;
	}

	static String idOf(long reviewId, Finding finding) {
		return "ORD-" + reviewId + "-" + finding.id();
	}

	@Override
	public String sourceType() {
		return "ORDINANCE";
	}

	@Override
	public Optional<FindingView> find(String findingId, Viewer viewer) {
		if (!viewer.hasAnyRole("DRAFTER", "BUREAU_OFFICER", "BUREAU_LEAD")) {
			return Optional.empty();
		}
		return stored(findingId).map(found -> new FindingView("review " + found.review().id(), findingId,
				found.finding().ruleId(), locator(found.review(), found.finding())));
	}

	@Override
	public Optional<Recheck> recheck(String findingId, String method) {
		if (!"ORDINANCE_TEXT_CHECK".equals(method)) {
			return Optional.empty();
		}
		return stored(findingId).map(found -> recheck(found.review(), found.finding()));
	}

	private Recheck recheck(ReviewAnswer review, Finding finding) {
		Optional<ReviewAnswer> amended = reviews.latestVersionAfter(review.id());
		if (amended.isEmpty()) {
			return new Recheck(null, List.of(finding.ruleId()), List.of());
		}
		List<String> still = amended.get()
			.findings()
			.stream()
			.filter(f -> f.id().equals(finding.id())
					|| (f.ruleId().equals(finding.ruleId()) && f.matched().equals(finding.matched())))
			.map(f -> "\"" + f.matched() + "\" is still in " + place(f) + " of review " + amended.get().id()
					+ " (rule " + f.ruleId() + ")")
			.toList();
		return new Recheck("review " + amended.get().id(), List.of(finding.ruleId()), still);
	}

	private Optional<Found> stored(String findingId) {
		Matcher matcher = ID.matcher(findingId == null ? "" : findingId);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return reviews.find(Long.parseLong(matcher.group(1)))
			.flatMap(review -> review.findings()
				.stream()
				.filter(f -> f.id().equals(matcher.group(2)))
				.findFirst()
				.map(f -> new Found(review, f)));
	}

	static String locator(ReviewAnswer review, Finding finding) {
		return review.title() + " (review " + review.id() + "), " + place(finding) + ": \"" + finding.quote() + "\"";
	}

	private static String place(Finding finding) {
		return finding.location() != null && !finding.location().isBlank() ? finding.location() : finding.article();
	}

	private record Found(ReviewAnswer review, Finding finding) {
	}

}
