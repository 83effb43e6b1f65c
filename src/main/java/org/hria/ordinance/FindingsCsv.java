package org.hria.ordinance;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import com.opencsv.CSVWriter;

/** Findings as CSV in UTF-8 with a byte-order mark, so that Excel opens the Korean text correctly. */
final class FindingsCsv {

	private static final String[] HEADER = { "id", "ruleId", "category", "severity", "article", "location",
			"articleTitle", "matched", "quote", "message", "replacement", "remedy", "legalBasis", "status",
			"confidence", "occurrences" };

	private FindingsCsv() {
	}

	static byte[] write(List<Finding> findings) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(0xEF);
		bytes.write(0xBB);
		bytes.write(0xBF);
		try (CSVWriter csv = new CSVWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
			csv.writeNext(HEADER);
			for (Finding f : findings) {
				csv.writeNext(new String[] { f.id(), f.ruleId(), f.category(), f.severity(), f.article(), f.location(),
						f.articleTitle(), f.matched(), f.quote(), f.message(), f.replacement(), f.remedy(),
						basis(f), f.status(), String.valueOf(f.confidence()), String.valueOf(f.occurrences().size()) });
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static String basis(Finding finding) {
		return finding.legalBasis()
			.stream()
			.map(b -> b.instrument() + (b.article() == null ? "" : " " + b.article())
					+ (b.status() == null ? "" : " (" + b.status() + ")"))
			.collect(Collectors.joining("; "));
	}

}
