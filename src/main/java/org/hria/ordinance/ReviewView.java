package org.hria.ordinance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the drafter's page shows: the text cut into pieces with the findings highlighted in place,
 * and the findings grouped by article after the severity and category filters.
 */
record ReviewView(ReviewAnswer review, List<Piece> pieces, Map<String, List<Finding>> byArticle,
		List<String> categories, String severity, String category, int shown) {

	/** A piece of the text; {@code finding} is set when the piece is a highlighted finding. */
	record Piece(String text, Finding finding) {
	}

	static ReviewView of(ReviewAnswer review, String text, String severity, String category) {
		List<Finding> filtered = review.findings()
			.stream()
			.filter(f -> blank(severity) || f.severity().equals(severity))
			.filter(f -> blank(category) || f.category().equals(category))
			.toList();
		Map<String, List<Finding>> byArticle = new LinkedHashMap<>();
		filtered.forEach(f -> byArticle.computeIfAbsent(f.article(), k -> new ArrayList<>()).add(f));
		List<String> categories = review.findings().stream().map(Finding::category).distinct().sorted().toList();
		return new ReviewView(review, pieces(text, filtered), byArticle, categories, severity, category, filtered.size());
	}

	private static List<Piece> pieces(String text, List<Finding> findings) {
		List<Finding> inText = findings.stream()
			.filter(f -> f.span().end() > f.span().start() && f.span().end() <= text.length())
			.sorted(Comparator.comparingInt((Finding f) -> f.span().start()))
			.toList();
		List<Piece> pieces = new ArrayList<>();
		int at = 0;
		for (Finding finding : inText) {
			if (finding.span().start() < at) {
				continue;
			}
			pieces.add(new Piece(text.substring(at, finding.span().start()), null));
			pieces.add(new Piece(text.substring(finding.span().start(), finding.span().end()), finding));
			at = finding.span().end();
		}
		pieces.add(new Piece(text.substring(at), null));
		return pieces;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
