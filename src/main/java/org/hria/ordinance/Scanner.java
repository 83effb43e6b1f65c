package org.hria.ordinance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Builds the facts of a draft: clauses from the structure, then one Aho-Corasick pass of the
 * language's lexicon over the matching text, regexes only on the clauses their trigger occurs in,
 * traps (set {@code except}) removing the term hits they cover, and the longest term winning.
 */
final class Scanner {

	private final Lexicon.Language lexicon;

	private final DraftText draft;

	private final String lang;

	private final List<ClauseFact> clauses = new ArrayList<>();

	private int[] clauseStarts;

	/** One matcher per expression, moved from clause to clause. */
	private final Map<java.util.regex.Pattern, Matcher> matchers = new HashMap<>();

	private ClauseFact textOf;

	private String text;

	private Scanner(Lexicon lexicon, DraftText draft, String lang) {
		this.lexicon = lexicon.language(lang);
		this.draft = draft;
		this.lang = lang;
	}

	static DraftFacts scan(Lexicon lexicon, DraftText draft, Structure structure, String lang) {
		return new Scanner(lexicon, draft, lang).run(structure);
	}

	private DraftFacts run(Structure structure) {
		boolean complete = structure.units().stream().anyMatch(u -> u.kind() == Structure.Kind.TITLE);
		DocumentFact document = new DocumentFact(lang, complete);
		List<ArticleFact> articles = new ArrayList<>();
		for (Structure.Unit unit : structure.units()) {
			articles.add(new ArticleFact(unit, document));
		}
		for (Structure.Segment segment : structure.segments()) {
			ArticleFact article = articles.get(segment.unit());
			if (article.unit().kind().reviewed()) {
				for (int[] s : Sentences.split(draft.text(), segment.start(), segment.end())) {
					clauses.add(new ClauseFact(article, segment.location(), s[0], s[1]));
				}
			}
		}
		clauseStarts = clauses.stream().mapToInt(ClauseFact::getStart).toArray();
		List<Hit> hits = hits();
		List<TermMention> mentions = terms(hits);
		for (Hit hit : hits) {
			if (!hit.entry.isTerm() && !hit.entry.isExcept()) {
				hit.clause.keys.add(hit.entry.key(), hit.start, hit.end);
			}
		}
		for (TermMention mention : mentions) {
			mention.getClause().keys.add(mention.entry().key(), mention.getStart(), mention.getEnd());
		}
		aggregate(document, articles, hits);
		return new DraftFacts(draft, structure, document, articles, clauses, mentions,
				Measures.of(draft, clauses));
	}

	private record Hit(LexiconEntry entry, ClauseFact clause, int start, int end) {
	}

	/** The spans an expression matched in the clause it last ran on. */
	private record Spans(ClauseFact clause, List<int[]> spans) {
	}

	/**
	 * Matches arrive in text order, so the clauses they fall in only move forward: remembering the
	 * last clause of each regex row and of each expression is enough to run each once per clause.
	 */
	private List<Hit> hits() {
		String text = draft.matchText();
		List<Hit> hits = new ArrayList<>();
		Map<LexiconEntry, ClauseFact> lastRun = new IdentityHashMap<>();
		Map<java.util.regex.Pattern, Spans> regexSpans = new IdentityHashMap<>();
		for (AhoCorasick.Match<LexiconEntry> match : lexicon.automaton().findAll(text)) {
			ClauseFact clause = clauseAt(match.start());
			LexiconEntry entry = match.value();
			if (clause == null || match.end() > clause.getEnd()) {
				continue;
			}
			if (entry.regex() != null) {
				if (lastRun.put(entry, clause) != clause) {
					addRegexHits(entry, clause, hits, regexSpans);
				}
			}
			else if (Boundaries.accept(entry, text, match.start(), match.end())) {
				hits.add(new Hit(entry, clause, match.start(), Boundaries.end(entry, text, match.end())));
			}
		}
		// clause by clause, so rows sharing an expression find its spans for the clause remembered
		for (ClauseFact clause : clauses) {
			lexicon.untriggered().forEach(entry -> addRegexHits(entry, clause, hits, regexSpans));
		}
		return hits;
	}

	/** Rows sharing one expression share its compiled pattern: it runs once per clause. */
	private void addRegexHits(LexiconEntry entry, ClauseFact clause, List<Hit> hits,
			Map<java.util.regex.Pattern, Spans> regexSpans) {
		Spans last = regexSpans.get(entry.regex());
		if (last == null || last.clause() != clause) {
			last = new Spans(clause, regexSpans(entry, clause));
			regexSpans.put(entry.regex(), last);
		}
		for (int[] span : last.spans()) {
			hits.add(new Hit(entry, clause, span[0], span[1]));
		}
	}

	/**
	 * Runs on the clause alone, so anchors, look-behind and word boundaries see only the clause; with
	 * transparent, non-anchoring bounds a regex with literal prefixes is tried only where one occurs.
	 */
	private List<int[]> regexSpans(LexiconEntry entry, ClauseFact clause) {
		List<int[]> spans = new ArrayList<>(2);
		String clauseText = clauseText(clause);
		Matcher m = matchers.computeIfAbsent(entry.regex(),
				regex -> regex.matcher("").useTransparentBounds(true).useAnchoringBounds(false))
			.reset(clauseText);
		String[] prefixes = entry.prefixes();
		boolean found = prefixes.length > 0 ? Prefilter.find(m, clauseText, 0, prefixes) : m.find();
		while (found) {
			int start = clause.getStart() + m.start();
			int end = clause.getStart() + m.end();
			while (start < end && Character.isWhitespace(draft.text().charAt(start))) {
				start++;
			}
			while (end > start && Character.isWhitespace(draft.text().charAt(end - 1))) {
				end--;
			}
			if (end > start) {
				spans.add(new int[] { start, end });
			}
			// a match starting with a literal prefix is never empty, so the next one starts at its end
			found = prefixes.length > 0 ? Prefilter.find(m, clauseText, m.end(), prefixes) : m.find();
		}
		return spans;
	}

	private List<TermMention> terms(List<Hit> hits) {
		Traps traps = new Traps(hits.stream().filter(h -> h.entry.isExcept()).map(h -> new int[] { h.start, h.end }).toList());
		Set<ClauseFact> avoided = new HashSet<>();
		hits.stream().filter(h -> LexiconEntry.EXCEPT_SENTENCE.equals(h.entry.set())).forEach(h -> avoided.add(h.clause));
		List<Hit> terms = new ArrayList<>(hits.stream()
			.filter(h -> h.entry.isTerm() && !avoided.contains(h.clause))
			.filter(h -> !traps.overlap(h.start, h.end))
			.filter(h -> h.entry.near() == null || clauseText(h.clause).contains(h.entry.near()))
			.toList());
		terms.sort(Comparator.comparingInt((Hit h) -> h.start).thenComparingInt(h -> h.start - h.end));
		List<TermMention> mentions = new ArrayList<>();
		int coveredTo = -1;
		Hit kept = null;
		for (Hit hit : terms) {
			if (kept != null && hit.start < coveredTo) {
				if (hit.end - hit.start > kept.end - kept.start) {
					mentions.remove(mentions.size() - 1);
				}
				else {
					continue;
				}
			}
			kept = hit;
			coveredTo = Math.max(coveredTo, hit.end);
			boolean title = draft.insideInstrumentTitle(hit.start, hit.end)
					|| Boundaries.insideOrganisationName(draft.text(), hit.end);
			mentions.add(new TermMention(hit.entry, hit.clause, hit.start, hit.end, title));
		}
		return mentions;
	}

	private void aggregate(DocumentFact document, List<ArticleFact> articles, List<Hit> hits) {
		for (ClauseFact clause : clauses) {
			clause.getArticle().keys.addAll(clause.keys);
			document.keys.addAll(clause.keys);
		}
		Map<Structure.Unit, int[]> titles = new IdentityHashMap<>();
		for (Hit hit : hits) {
			ArticleFact article = hit.clause.getArticle();
			Structure.Unit unit = article.unit();
			int[] title = titles.computeIfAbsent(unit, this::titleSpan);
			if (hit.start >= title[0] && hit.end <= title[1]) {
				article.titleKeys.add(hit.entry.key(), hit.start, hit.end);
				if (unit.kind() == Structure.Kind.TITLE) {
					document.titleKeys.add(hit.entry.key(), hit.start, hit.end);
				}
			}
		}
	}

	/** Where the unit's title is in the text; an empty span when it has none there. */
	private int[] titleSpan(Structure.Unit unit) {
		int at = unit.title() == null ? -1 : draft.text().indexOf(unit.title(), unit.start());
		return at < 0 || at > unit.end() ? new int[] { 0, -1 } : new int[] { at, at + unit.title().length() };
	}

	/** The matching text of a clause; clauses are asked for in order, so the last one is kept. */
	private String clauseText(ClauseFact clause) {
		if (clause != textOf) {
			textOf = clause;
			text = draft.matchText().substring(clause.getStart(), clause.getEnd());
		}
		return text;
	}

	private ClauseFact clauseAt(int position) {
		int index = Arrays.binarySearch(clauseStarts, position);
		index = index >= 0 ? index : -index - 2;
		return index < 0 ? null : clauses.get(index);
	}

}
