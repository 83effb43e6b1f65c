package org.hria.recommendation;

/**
 * States of spec section 1.1. Up to ROUTED they belong to the recommendation; from ROUTED on to
 * each assignment. The rank orders assignment states so a recommendation can show its least
 * advanced open assignment.
 */
enum State {

	DRAFT(0), TRIAGED(1), ON_AGENDA(2), ADOPTED(3), ROUTED(4), RESPONSE_DUE(5), RESPONDED(6), IN_IMPLEMENTATION(7),
	IMPLEMENTED(8), VERIFIED(9), CLOSED(10), MERGED(-1), DISMISSED(-1), REJECTED(-1);

	private final int rank;

	State(int rank) {
		this.rank = rank;
	}

	int rank() {
		return rank;
	}

	boolean terminal() {
		return this == CLOSED || rank < 0;
	}

}
