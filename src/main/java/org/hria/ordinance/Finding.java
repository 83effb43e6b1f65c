package org.hria.ordinance;

import java.util.List;

/** One red flag as spec section 1.4 defines it, plus a stable {@code id} (same rule, article and term give the same id). */
public record Finding(String id, String ruleId, String category, String severity, String article, String location,
		String articleTitle, String quote, Span span, String matched, String message, String replacement,
		String remedy, List<LegalBasis> legalBasis, String source, String status, double confidence,
		String language, List<Occurrence> occurrences) {

	/** Offsets in the normalised text, end exclusive. */
	public record Span(int start, int end) {
	}

	/** A statute or treaty article a rule relies on, with the status of that reading. */
	public record LegalBasis(String instrument, String article, String status) {
	}

	/** A further hit of the same rule, article and term. */
	public record Occurrence(String location, Span span, String matched) {
	}

	Finding withOccurrences(List<Occurrence> more) {
		return new Finding(id, ruleId, category, severity, article, location, articleTitle, quote, span, matched,
				message, replacement, remedy, legalBasis, source, status, confidence, language, more);
	}

}
