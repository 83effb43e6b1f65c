package org.hria.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The bars the dashboard draws as inline SVG; every number is also in the table below each chart. */
final class DashboardBars {

	private DashboardBars() {
	}

	/** One bar: its group, its series (a message key suffix), the value as text, its length 0..1, its offset. */
	record Bar(String group, String series, String text, double width, int y) {

		public int length() {
			return (int) Math.round(width * 300);
		}

	}

	/** Bars of rates (0..1); with a second column each group gets two bars, told apart by their text. */
	static List<Bar> rates(ReportModel report, String column, String second) {
		List<Bar> bars = new ArrayList<>();
		for (Map<String, Object> row : report.rows()) {
			bars.add(rate(row, column, bars.size()));
			if (second != null) {
				bars.add(rate(row, second, bars.size()));
			}
		}
		return bars;
	}

	private static Bar rate(Map<String, Object> row, String column, int index) {
		Object value = row.get(column);
		double rate = value instanceof Number n ? n.doubleValue() : 0;
		String text = value == null ? "-" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
		return new Bar(String.valueOf(row.get("group")), column, text, rate, index * 28);
	}

	/** Median days as bar length (scaled to the longest 90th percentile), text "median / p90". */
	static List<Bar> days(ReportModel report) {
		double longest = report.rows()
			.stream()
			.mapToDouble(r -> ((Number) r.get("p90Days")).doubleValue())
			.max()
			.orElse(1);
		List<Bar> bars = new ArrayList<>();
		for (Map<String, Object> row : report.rows()) {
			double median = ((Number) row.get("medianDays")).doubleValue();
			bars.add(new Bar(String.valueOf(row.get("group")), "medianDays",
					row.get("medianDays") + " / " + row.get("p90Days"), longest == 0 ? 0 : median / longest,
					bars.size() * 28));
		}
		return bars;
	}

	/** Counts as bars scaled to the largest; the label joins the given columns with " · ". */
	static List<Bar> counts(ReportModel report, List<String> labelColumns, List<String> valueColumns) {
		double largest = 1;
		for (Map<String, Object> row : report.rows()) {
			for (String column : valueColumns) {
				largest = Math.max(largest, ((Number) row.get(column)).doubleValue());
			}
		}
		List<Bar> bars = new ArrayList<>();
		for (Map<String, Object> row : report.rows()) {
			String label = String.join(" · ", labelColumns.stream()
				.map(c -> String.valueOf(row.get(c)))
				.filter(text -> !text.isEmpty())
				.toList());
			for (String column : valueColumns) {
				double value = ((Number) row.get(column)).doubleValue();
				bars.add(new Bar(label, column, String.valueOf(row.get(column)), value / largest, bars.size() * 28));
			}
		}
		return bars;
	}

}
