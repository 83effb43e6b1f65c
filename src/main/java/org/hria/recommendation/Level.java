package org.hria.recommendation;

/** Whether an action applies to the recommendation itself or to one of its assignments. */
enum Level {

	RECOMMENDATION, ASSIGNMENT

}
