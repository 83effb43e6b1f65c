package org.hria.corporate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Exact area and overall arithmetic of spec 3.1 and 3.2: area % = 100 x sum(w x s) / sum(w x 2)
 * over applicable items; overall = sum(W x %) / sum(W) over areas that are not NA; a missing
 * answer counts 0 for the lower and 2 for the upper bound of a provisional range.
 */
record AreaMath(String id, long points, long maxPoints, long missingMax, int applicableItems) {

	static AreaMath of(String id, List<ItemAnswer> answers, Map<String, Integer> scoresUsed) {
		long points = 0;
		long max = 0;
		long missingMax = 0;
		int applicable = 0;
		for (ItemAnswer answer : answers) {
			int weight = answer.item().weight();
			if (answer.answered()) {
				points += (long) weight * scoresUsed.get(answer.item().itemId());
				max += 2L * weight;
				applicable++;
			}
			else if (answer.missing()) {
				missingMax += 2L * weight;
				applicable++;
			}
		}
		return new AreaMath(id, points, max, missingMax, applicable);
	}

	boolean applicable() {
		return applicableItems > 0;
	}

	boolean complete() {
		return missingMax == 0;
	}

	Fraction percent() {
		return Fraction.percent(points, maxPoints);
	}

	Fraction lower() {
		return Fraction.percent(points, maxPoints + missingMax);
	}

	Fraction upper() {
		return Fraction.percent(points + missingMax, maxPoints + missingMax);
	}

	/** sum(W x value) / sum(W) over the applicable areas; null when no area applies. */
	static Fraction overall(List<AreaMath> areas, Map<String, BigDecimal> weights,
			java.util.function.Function<AreaMath, Fraction> value) {
		Fraction sum = Fraction.ZERO;
		Fraction weightSum = Fraction.ZERO;
		for (AreaMath area : areas) {
			if (area.applicable()) {
				Fraction weight = Fraction.of(weights.get(area.id()));
				sum = sum.plus(weight.times(value.apply(area)));
				weightSum = weightSum.plus(weight);
			}
		}
		return weightSum.numerator().signum() == 0 ? null : sum.dividedBy(weightSum);
	}

}
