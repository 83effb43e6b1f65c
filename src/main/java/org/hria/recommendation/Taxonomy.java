package org.hria.recommendation;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The themes, target groups and SDG goals/targets of rules/recommendations/taxonomy.csv, read on every use. */
@Component
class Taxonomy {

	static final String THEME = "THEME";

	static final String TARGET_GROUP = "TARGET_GROUP";

	static final String SDG = "SDG";

	private final Path file;

	Taxonomy(@Value("${hria.rules-dir}") Path rulesDir) {
		this.file = rulesDir.resolve("recommendations/taxonomy.csv");
	}

	/** One term; {@code vulnerable} matters for target groups only, {@code localSdg} for SDG rows only. */
	record Term(String taxonomy, String code, String parent, String ko, String en, boolean vulnerable,
			String source, String status, String localSdg) {

		String label(Locale locale) {
			return "en".equals(locale.getLanguage()) ? en : ko;
		}

	}

	List<Term> terms(String taxonomy) {
		CsvData csv = CsvData.read(file);
		return csv.rows()
			.stream()
			.filter(row -> taxonomy.equals(csv.cell(row, "taxonomy")))
			.map(row -> new Term(taxonomy, csv.cell(row, "code"), csv.cell(row, "parent"), csv.cell(row, "ko"),
					csv.cell(row, "en"), "yes".equalsIgnoreCase(csv.cell(row, "vulnerable")), csv.cell(row, "source"),
					csv.cell(row, "status"), csv.cell(row, "local_sdg")))
			.toList();
	}

	List<String> codes(String taxonomy) {
		return terms(taxonomy).stream().map(Term::code).toList();
	}

	/** The codes of {@code given} that the taxonomy does not have. */
	List<String> unknown(String taxonomy, List<String> given) {
		List<String> known = codes(taxonomy);
		return given.stream().filter(code -> !known.contains(code)).toList();
	}

	boolean anyVulnerable(java.util.Collection<String> targetGroups) {
		return terms(TARGET_GROUP).stream().anyMatch(t -> t.vulnerable() && targetGroups.contains(t.code()));
	}

}
