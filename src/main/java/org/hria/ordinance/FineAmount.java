package org.hria.ordinance;

/** A 과태료 amount in won found in a clause, and whether the draft names how it is imposed. */
public class FineAmount {

	private final ClauseFact clause;

	private final long won;

	private final int start;

	private final int end;

	FineAmount(ClauseFact clause, long won, int start, int end) {
		this.clause = clause;
		this.won = won;
		this.start = start;
		this.end = end;
	}

	public ClauseFact getClause() {
		return clause;
	}

	public long getWon() {
		return won;
	}

	public int getStart() {
		return start;
	}

	public int getEnd() {
		return end;
	}

}
