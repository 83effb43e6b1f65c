package org.hria.recommendation;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** CSV in UTF-8 with a byte-order mark, so Excel in Korea opens Hangul correctly. */
final class Csv {

	private Csv() {
	}

	static byte[] withBom(ReportModel report) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		report.header().forEach((key, value) -> csv.append(cell("# " + key + ": " + value)).append("\r\n"));
		if (!report.columns().isEmpty()) {
			csv.append(String.join(",", report.columns().stream().map(Csv::cell).toList())).append("\r\n");
		}
		for (Map<String, Object> row : report.rows()) {
			csv.append(String.join(",", report.columns()
				.stream()
				.map(column -> row.get(column) == null ? "" : cell(row.get(column).toString()))
				.toList())).append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A leading = + - @ would make a spreadsheet evaluate the cell as a formula; numbers stay numbers. */
	static String safe(String raw) {
		return raw.matches("^[=+@-].*") && !raw.matches("^-?\\d+(\\.\\d+)?$") ? "'" + raw : raw;
	}

	private static String cell(String raw) {
		String value = safe(raw);
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
