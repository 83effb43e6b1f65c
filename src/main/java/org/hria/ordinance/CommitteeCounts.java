package org.hria.ordinance;

/** Members per kind stated in a committee-composition clause (위촉직 men and women, 당연직). */
public class CommitteeCounts {

	private final ClauseFact clause;

	private final int men;

	private final int women;

	private final int exOfficio;

	CommitteeCounts(ClauseFact clause, int men, int women, int exOfficio) {
		this.clause = clause;
		this.men = men;
		this.women = women;
		this.exOfficio = exOfficio;
	}

	public ClauseFact getClause() {
		return clause;
	}

	public int getMen() {
		return men;
	}

	public int getWomen() {
		return women;
	}

	public int getExOfficio() {
		return exOfficio;
	}

	public int getAppointed() {
		return men + women;
	}

	public int getTotal() {
		return men + women + exOfficio;
	}

	/** The share of the larger sex among appointed members, 0 when no split is given. */
	public double getLargestSexShare() {
		return getAppointed() == 0 ? 0 : (double) Math.max(men, women) / getAppointed();
	}

	public double getExOfficioShare() {
		return getTotal() == 0 ? 0 : (double) exOfficio / getTotal();
	}

}
