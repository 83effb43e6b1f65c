package org.hria.corporate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares a report with the same enterprise's previous stored one (spec 4.2). Deltas come from
 * the exact points and weights kept in both reports, not from their rounded figures.
 */
final class YearComparison {

	private YearComparison() {
	}

	static Report.Comparison compare(Report current, Report previous) {
		Map<String, Report.Area> before = previous.areas().stream()
			.collect(Collectors.toMap(Report.Area::id, area -> area));
		List<Report.AreaDelta> deltas = new ArrayList<>();
		for (Report.Area area : current.areas()) {
			Report.Area old = before.get(area.id());
			if (old != null && area.percent() != null && old.percent() != null) {
				Fraction now = exact(area);
				Fraction then = exact(old);
				deltas.add(new Report.AreaDelta(area.id(), old.percent(), area.percent(), now.minus(then).display()));
			}
		}
		Fraction overallNow = overall(current);
		Fraction overallThen = overall(previous);
		BigDecimal delta = overallNow == null || overallThen == null ? null : overallNow.minus(overallThen).display();
		boolean versionDiffers = !current.checklistVersion().equals(previous.checklistVersion());
		Map<String, Integer> scoresNow = scores(current);
		Map<String, Integer> scoresThen = scores(previous);
		Set<String> common = itemIds(current);
		common.retainAll(itemIds(previous));
		List<String> notCompared = new ArrayList<>(itemIds(current));
		notCompared.addAll(itemIds(previous));
		notCompared.removeIf(common::contains);
		notCompared.sort(YearComparison::byItemNumber);
		Fraction commonNow = versionDiffers ? CommonItems.overall(current, common) : null;
		Fraction commonThen = versionDiffers ? CommonItems.overall(previous, common) : null;
		BigDecimal commonDelta = commonNow == null || commonThen == null ? null : commonNow.minus(commonThen).display();
		Set<String> gapsNow = current.gaps().stream().map(Report.Gap::itemId).collect(Collectors.toSet());
		Set<String> gapsThen = previous.gaps().stream().map(Report.Gap::itemId).collect(Collectors.toSet());
		return new Report.Comparison(previous.year(), previous.checklistVersion(), versionDiffers,
				previous.overall(), delta, commonDelta, List.copyOf(notCompared), previous.level(), current.level(), levelChange(previous.level(), current.level()),
				deltas, changed(scoresNow, scoresThen, 1), changed(scoresNow, scoresThen, -1),
				current.gaps().stream().map(Report.Gap::itemId).filter(id -> !gapsThen.contains(id)).toList(),
				current.gaps().stream().map(Report.Gap::itemId).filter(gapsThen::contains).toList(),
				previous.gaps().stream().map(Report.Gap::itemId)
					.filter(id -> !gapsNow.contains(id) && scoresNow.containsKey(id)).toList(),
				versionDiffers ? "The checklist versions differ (" + previous.checklistVersion() + " and "
						+ current.checklistVersion() + "): items are compared only where present in both; the overall "
						+ "delta is shown as reported and recomputed on the common items." : null);
	}

	static Fraction exact(Report.Area area) {
		return Fraction.percent(area.points(), area.maxPoints());
	}

	/** The exact overall of a complete report, from its areas' points and weights. */
	static Fraction overall(Report report) {
		if (!Report.COMPLETE.equals(report.status())) {
			return null;
		}
		Fraction sum = Fraction.ZERO;
		Fraction weights = Fraction.ZERO;
		for (Report.Area area : report.areas()) {
			if (!area.na()) {
				Fraction weight = Fraction.of(area.weight());
				sum = sum.plus(weight.times(exact(area)));
				weights = weights.plus(weight);
			}
		}
		return sum.dividedBy(weights);
	}

	private static Set<String> itemIds(Report report) {
		return report.areas().stream().flatMap(area -> area.items().stream()).map(Report.Item::itemId)
			.collect(Collectors.toCollection(java.util.HashSet::new));
	}

	private static String levelChange(Integer before, Integer now) {
		if (before == null || now == null) {
			return null;
		}
		return now > before ? "UP" : now < before ? "DOWN" : "UNCHANGED";
	}

	private static Map<String, Integer> scores(Report report) {
		Map<String, Integer> scores = new HashMap<>();
		report.areas().forEach(area -> area.items().stream().filter(item -> item.score() != null)
			.forEach(item -> scores.put(item.itemId(), item.score())));
		return scores;
	}

	private static List<String> changed(Map<String, Integer> now, Map<String, Integer> then, int sign) {
		return now.entrySet().stream()
			.filter(entry -> then.containsKey(entry.getKey()))
			.filter(entry -> Integer.signum(entry.getValue() - then.get(entry.getKey())) == sign)
			.map(Map.Entry::getKey)
			.sorted(YearComparison::byItemNumber)
			.toList();
	}

	private static int byItemNumber(String a, String b) {
		String[] x = a.replace("HRM-", "").split("\\.");
		String[] y = b.replace("HRM-", "").split("\\.");
		int area = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
		return area != 0 ? area : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
	}

}
