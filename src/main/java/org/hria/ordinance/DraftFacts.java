package org.hria.ordinance;

import java.util.ArrayList;
import java.util.List;

/** Everything the rules of a review look at, built from one draft. */
record DraftFacts(DraftText draft, Structure structure, DocumentFact document, List<ArticleFact> articles,
		List<ClauseFact> clauses, List<TermMention> mentions, List<Object> measures) {

	List<Object> all() {
		List<Object> facts = new ArrayList<>();
		facts.add(document);
		facts.addAll(articles);
		facts.addAll(clauses.stream().filter(clause -> !clause.keys.isEmpty()).toList());
		facts.addAll(mentions);
		facts.addAll(measures);
		return facts;
	}

}
