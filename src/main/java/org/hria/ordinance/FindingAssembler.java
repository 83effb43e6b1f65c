package org.hria.ordinance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hria.rules.RuleHit;

/**
 * Turns rule hits into findings: locates each on its article and finest subdivision, quotes the
 * source, applies the INFO cap for 「」 titles and the MINOR cap for status U, and keeps one
 * finding per (rule, article, term) with further hits as occurrences, in document order.
 */
final class FindingAssembler {

	private static final String DOCUMENT = "(document)";

	private final DraftFacts facts;

	private final Lexicon lexicon;

	private final Map<String, Integer> unitIndex = new java.util.HashMap<>();

	FindingAssembler(DraftFacts facts, Lexicon lexicon) {
		this.facts = facts;
		this.lexicon = lexicon;
	}

	List<Finding> assemble(List<RuleHit> hits) {
		Map<String, List<Located>> byKey = new LinkedHashMap<>();
		for (RuleHit hit : hits) {
			Located located = locate(hit);
			String term = "derogatory-term".equals(located.category) ? located.matched : "";
			byKey.computeIfAbsent(hit.ruleId() + "|" + located.article + "|" + term, k -> new ArrayList<>())
				.add(located);
		}
		List<Finding> findings = new ArrayList<>();
		for (Map.Entry<String, List<Located>> group : byKey.entrySet()) {
			List<Located> all = new ArrayList<>(group.getValue());
			all.sort(Comparator.comparingInt((Located l) -> -Severity.rank(l.severity)).thenComparingInt(l -> l.start));
			Located first = all.get(0);
			List<Finding.Occurrence> more = all.stream()
				.skip(1)
				.filter(l -> l.start != first.start || !l.location.equals(first.location))
				.map(l -> new Finding.Occurrence(l.location, new Finding.Span(l.start, l.end), l.matched))
				.distinct()
				.toList();
			findings.add(finding(group.getKey(), first, more));
		}
		return inDocumentOrder(findings);
	}

	/** By article in the order of the draft, then by offset and rule id. */
	private List<Finding> inDocumentOrder(List<Finding> findings) {
		record Placed(int unit, Finding finding) {
		}
		List<Placed> placed = new ArrayList<>(findings.size());
		for (Finding finding : findings) {
			placed.add(new Placed(unitIndex(finding.article()), finding));
		}
		placed.sort(Comparator.comparingInt(Placed::unit)
			.thenComparingInt(p -> p.finding().span().start())
			.thenComparing(p -> p.finding().ruleId()));
		return placed.stream().map(Placed::finding).toList();
	}

	private Finding finding(String key, Located l, List<Finding.Occurrence> more) {
		Lexicon.RuleText rule = lexicon.text(l.hit.ruleName());
		String status = l.hit.status();
		String message = l.message != null ? l.message : rule.message();
		if ("U".equals(status)) {
			message = (message == null ? "" : message + " ") + "(advisory: the source of this rule is unverified)";
		}
		return new Finding(stableId(key), l.hit.ruleId(), l.category, Severity.capped(l.severity, status), l.article,
				l.location, l.articleTitle, facts.draft().quote(l.quoteStart, l.quoteEnd), new Finding.Span(l.start, l.end),
				l.matched, message, l.replacement, rule.remedy(), lexicon.bases(l.hit.basis()), rule.source(), status,
				l.confidence,
				facts.document().getLang(), more);
	}

	private Located locate(RuleHit hit) {
		Lexicon.RuleText rule = lexicon.text(hit.ruleName());
		Located l = new Located(hit, rule.category());
		String severity = (String) hit.details().get("severity");
		l.severity = severity != null ? severity : hit.severity();
		Object subject = hit.subject();
		if (subject instanceof TermMention mention) {
			l.clause(mention.getClause(), mention.getStart(), mention.getEnd());
			LexiconEntry entry = mention.entry();
			l.replacement = entry.replacement();
			l.message = entry.message();
			l.confidence = entry.confidence();
			l.severity = mention.isInstrumentTitle() ? "INFO" : l.severity;
			int[] word = word(mention.getStart(), mention.getEnd());
			l.quoteStart = word[0];
			l.quoteEnd = word[1];
		}
		else if (subject instanceof ClauseFact clause) {
			int[] span = clause.keys.first(String.valueOf(hit.details().get("evidence")));
			l.clause(clause, span == null ? clause.getStart() : span[0], span == null ? clause.getEnd() : span[1]);
		}
		else if (subject instanceof FineAmount fine) {
			l.clause(fine.getClause(), fine.getStart(), fine.getEnd());
		}
		else if (subject instanceof CommitteeCounts counts) {
			l.clause(counts.getClause(), counts.getClause().getStart(), counts.getClause().getEnd());
		}
		else if (subject instanceof ArticleFact article) {
			int[] span = article.keys.first(String.valueOf(hit.details().get("evidence")));
			l.article(article, span);
		}
		else {
			l.article = DOCUMENT;
			l.location = DOCUMENT;
		}
		if (l.matched == null && l.end > l.start) {
			l.matched = facts.draft().text().substring(l.start, Math.min(l.end, l.start + 300));
		}
		l.confidence = l.confidence == 0 ? rule.confidence() : l.confidence;
		return l;
	}

	/** The whitespace-delimited word around a Korean term; the term itself in English. */
	private int[] word(int start, int end) {
		String text = facts.draft().text();
		if ("en".equals(facts.document().getLang())) {
			return new int[] { start, end };
		}
		int from = start;
		while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && "(\"「".indexOf(text.charAt(from - 1)) < 0) {
			from--;
		}
		int to = end;
		while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && ")\"」,.".indexOf(text.charAt(to)) < 0) {
			to++;
		}
		return new int[] { from, to };
	}

	private int unitIndex(String article) {
		if (unitIndex.isEmpty()) {
			facts.articles().forEach(fact -> unitIndex.putIfAbsent(fact.getLocator(), fact.unit().index()));
		}
		return unitIndex.getOrDefault(article, Integer.MAX_VALUE);
	}

	/** A 64-bit FNV-1a hash of rule, article and term: the same finding gets the same id in every version. */
	static String stableId(String key) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
			hash ^= b & 0xff;
			hash *= 0x100000001b3L;
		}
		String hex = Long.toHexString(hash);
		return "F-" + "0".repeat(16 - hex.length()).concat(hex).substring(4);
	}

	/** A hit with its place in the draft, before grouping. */
	private static final class Located {

		final RuleHit hit;

		final String category;

		String severity;

		String article;

		String articleTitle;

		String location;

		String matched;

		String replacement;

		String message;

		double confidence;

		int start;

		int end;

		int quoteStart;

		int quoteEnd;

		Located(RuleHit hit, String category) {
			this.hit = hit;
			this.category = category;
		}

		void clause(ClauseFact clause, int start, int end) {
			this.article = clause.getArticle().getLocator();
			this.articleTitle = clause.getArticle().getTitle();
			this.location = clause.getLocation();
			this.start = start;
			this.end = end;
			this.quoteStart = clause.getStart();
			this.quoteEnd = clause.getEnd();
		}

		void article(ArticleFact fact, int[] span) {
			this.article = fact.getLocator();
			this.articleTitle = fact.getTitle();
			this.location = fact.getLocator();
			this.start = span == null ? fact.unit().start() : span[0];
			this.end = span == null ? fact.unit().start() : span[1];
			this.quoteStart = this.start;
			this.quoteEnd = span == null ? Math.min(fact.unit().end(), fact.unit().start() + 120) : span[1];
		}

	}

}
