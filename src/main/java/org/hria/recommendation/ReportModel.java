package org.hria.recommendation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One report as every renderer sees it (JSON, CSV, XLSX, PDF, the dashboard): what it is, how it
 * was filtered, when it was made, the definitions used, and its rows in column order.
 */
record ReportModel(String name, String definition, String filter, String yearOf, String generatedAt,
		List<String> columns, List<Map<String, Object>> rows) {

	static ReportModel of(String name, String definition, String filter, String yearOf, String generatedAt,
			List<Map<String, Object>> rows) {
		List<String> columns = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet());
		return new ReportModel(name, definition, filter, yearOf, generatedAt, columns, rows);
	}

	/** The lines every export starts with: filter, generation time and definitions (spec 4.2). */
	Map<String, String> header() {
		Map<String, String> header = new LinkedHashMap<>();
		header.put("report", name);
		header.put("definition", definition);
		header.put("filter", filter);
		header.put("yearOf", yearOf);
		header.put("generatedAt", generatedAt);
		return header;
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>(header());
		json.put("columns", columns);
		json.put("rows", rows);
		return json;
	}

}
