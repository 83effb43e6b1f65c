package org.hria.recommendation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The priority weights and the duplicate threshold of rules/recommendations/triage.csv, read on every use. */
@Component
class TriageSettings {

	private final Path file;

	TriageSettings(@Value("${hria.rules-dir}") Path rulesDir) {
		this.file = rulesDir.resolve("recommendations/triage.csv");
	}

	/** One weight with where it comes from; {@code value} is text because the cap row holds a level. */
	record Weight(String part, String key, String value, String unit, String source, String status, String note) {

		double number() {
			return Double.parseDouble(value);
		}

	}

	List<Weight> weights() {
		CsvData csv = CsvData.read(file);
		return csv.rows()
			.stream()
			.map(row -> new Weight(csv.cell(row, "part"), csv.cell(row, "key"), csv.cell(row, "value"),
					csv.cell(row, "unit"), csv.cell(row, "source"), csv.cell(row, "status"), csv.cell(row, "note")))
			.toList();
	}

	List<Weight> part(String part) {
		return weights().stream().filter(w -> w.part().equals(part)).toList();
	}

	Optional<Weight> weight(String part, String key) {
		return part(part).stream().filter(w -> w.key().equals(key)).findFirst();
	}

	Weight required(String part, String key) {
		return weight(part, key).orElseThrow(
				() -> new IllegalStateException("rules/recommendations/triage.csv has no row " + part + "," + key));
	}

	double textThreshold() {
		return required("duplicates", "text_threshold").number();
	}

}
