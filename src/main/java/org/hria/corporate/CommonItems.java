package org.hria.corporate;

import java.util.Set;

/**
 * The overall of a stored report recomputed on a subset of its items (those two checklist
 * versions share), with the report's own area weights; exact, like every other figure.
 */
final class CommonItems {

	private CommonItems() {
	}

	static Fraction overall(Report report, Set<String> itemIds) {
		if (!Report.COMPLETE.equals(report.status())) {
			return null;
		}
		Fraction sum = Fraction.ZERO;
		Fraction weights = Fraction.ZERO;
		for (Report.Area area : report.areas()) {
			long points = 0;
			long max = 0;
			for (Report.Item item : area.items()) {
				if (itemIds.contains(item.itemId()) && item.score() != null) {
					points += (long) item.weight() * item.score();
					max += 2L * item.weight();
				}
			}
			if (max > 0 && area.weight() != null) {
				Fraction weight = Fraction.of(area.weight());
				sum = sum.plus(weight.times(Fraction.percent(points, max)));
				weights = weights.plus(weight);
			}
		}
		return weights.numerator().signum() == 0 ? null : sum.dividedBy(weights);
	}

}
