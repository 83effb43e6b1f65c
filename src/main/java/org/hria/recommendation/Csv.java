package org.hria.recommendation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** CSV in UTF-8 with a byte-order mark, so Excel in Korea opens Hangul correctly. */
final class Csv {

	private Csv() {
	}

	static byte[] withBom(Map<String, Object> report, List<Map<String, Object>> rows) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		for (String key : List.of("report", "definition", "filter", "yearOf", "generatedAt")) {
			csv.append(cell("# " + key + ": " + report.get(key))).append("\r\n");
		}
		if (!rows.isEmpty()) {
			csv.append(String.join(",", rows.get(0).keySet().stream().map(Csv::cell).toList())).append("\r\n");
		}
		for (Map<String, Object> row : rows) {
			csv.append(String.join(",", row.values().stream().map(v -> cell(v == null ? "" : v.toString())).toList()))
				.append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String cell(String raw) {
		// a leading = + - @ would make Excel evaluate the cell as a formula
		String value = raw.matches("^[=+@-].*") && !raw.matches("^-?\\d+(\\.\\d+)?$") ? "'" + raw : raw;
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
