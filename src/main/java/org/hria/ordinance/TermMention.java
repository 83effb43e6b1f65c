package org.hria.ordinance;

/**
 * A term of a term table found in a clause. {@code instrumentTitle} is true inside 「…」 or an
 * organisation's name: such hits are reported as INFO only.
 */
public class TermMention {

	private final LexiconEntry entry;

	private final ClauseFact clause;

	private final int start;

	private final int end;

	private final boolean instrumentTitle;

	TermMention(LexiconEntry entry, ClauseFact clause, int start, int end, boolean instrumentTitle) {
		this.entry = entry;
		this.clause = clause;
		this.start = start;
		this.end = end;
		this.instrumentTitle = instrumentTitle;
	}

	public String getRuleId() {
		return entry.ruleId();
	}

	public String getTerm() {
		return entry.pattern();
	}

	public boolean isInstrumentTitle() {
		return instrumentTitle;
	}

	public ClauseFact getClause() {
		return clause;
	}

	public int getStart() {
		return start;
	}

	public int getEnd() {
		return end;
	}

	LexiconEntry entry() {
		return entry;
	}

}
