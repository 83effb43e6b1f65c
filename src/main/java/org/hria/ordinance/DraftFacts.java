package org.hria.ordinance;

import java.util.ArrayList;
import java.util.List;

/** Everything the rules of a review look at, built from one draft. */
record DraftFacts(DraftText draft, Structure structure, DocumentFact document, List<ArticleFact> articles,
		List<ClauseFact> clauses, List<TermMention> mentions, List<Object> measures) {

	/** The facts for the rules: sentences only when they have one of {@code sentenceKeys} (if known), or any key. */
	List<Object> all(java.util.Optional<java.util.Set<String>> sentenceKeys) {
		List<Object> facts = new ArrayList<>();
		facts.add(document);
		facts.addAll(articles);
		facts.addAll(clauses.stream()
			.filter(clause -> !clause.keys.isEmpty())
			.filter(clause -> sentenceKeys.map(clause.keys::hasAny).orElse(true))
			.toList());
		facts.addAll(mentions);
		facts.addAll(measures);
		return facts;
	}

}
