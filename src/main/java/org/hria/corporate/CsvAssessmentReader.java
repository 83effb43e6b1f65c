package org.hria.corporate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import org.hria.upload.TextDecoder;

/**
 * Reads the CSV form of spec 4.1 (UTF-8, UTF-8 with BOM or CP949 through {@link TextDecoder}):
 * the exact header, every row with the same fields, one enterprise and one year per file.
 */
final class CsvAssessmentReader {

	static final List<String> HEADER = List.of("enterprise_id", "enterprise_name", "year", "item_id", "answer",
			"evidence_ref", "comment");

	private CsvAssessmentReader() {
	}

	static AssessmentInput read(byte[] bytes) {
		if (TextDecoder.looksBinary(bytes)) {
			throw new InvalidAssessmentException(List.of(new InputError(1, null,
					"the file is not text; upload a CSV file (UTF-8 or CP949) or the JSON form")));
		}
		List<String[]> rows = rows(TextDecoder.decode(bytes).text());
		List<InputError> errors = new ArrayList<>();
		if (rows.isEmpty() || !header(rows.get(0)).equals(HEADER)) {
			throw new InvalidAssessmentException(List.of(new InputError(1, null,
					"the header must be exactly " + String.join(",", HEADER))));
		}
		String[] first = null;
		List<AnswerRow> answers = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			int line = i + 1;
			String[] row = rows.get(i);
			if (row.length == 0) {
				continue;
			}
			if (row.length != HEADER.size()) {
				errors.add(new InputError(line, null, "the row has " + row.length + " fields, not " + HEADER.size()));
				continue;
			}
			if (first == null) {
				first = row;
			}
			sameAs(first, row, line, errors);
			answers.add(new AnswerRow(line, row[3].strip(), row[4], Arrays.asList(row[5].split(";")), row[6]));
		}
		if (first == null) {
			errors.add(new InputError(2, null, "the file has no answer rows"));
			throw new InvalidAssessmentException(errors);
		}
		int year = year(first[2], 2, errors);
		return new AssessmentInput(first[0].strip(), first[1].strip(), year, null, List.of(), answers, errors);
	}

	private static void sameAs(String[] first, String[] row, int line, List<InputError> errors) {
		if (!first[0].strip().equals(row[0].strip())) {
			errors.add(new InputError(line, "enterprise_id", "the file mixes enterprises: '" + row[0].strip()
					+ "' after '" + first[0].strip() + "'; upload one file per enterprise"));
		}
		if (!first[1].strip().equals(row[1].strip())) {
			errors.add(new InputError(line, "enterprise_name", "the enterprise name differs from the first row"));
		}
		if (!first[2].strip().equals(row[2].strip())) {
			errors.add(new InputError(line, "year", "the file mixes years: " + row[2].strip() + " after "
					+ first[2].strip() + "; upload one file per year"));
		}
	}

	static int year(String text, int line, List<InputError> errors) {
		try {
			int year = Integer.parseInt(text.strip());
			if (year >= 2000 && year <= 2100) {
				return year;
			}
		}
		catch (NumberFormatException ignored) {
			// reported below
		}
		errors.add(new InputError(line, "year", "the year '" + text + "' is not a year between 2000 and 2100"));
		return 0;
	}

	private static List<String> header(String[] row) {
		return Arrays.stream(row).map(String::strip).toList();
	}

	private static List<String[]> rows(String text) {
		String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
		try (CSVReader reader = new CSVReader(new StringReader(withoutBom))) {
			List<String[]> rows = new ArrayList<>();
			for (String[] row : reader.readAll()) {
				rows.add(row.length == 1 && row[0].isBlank() ? new String[0] : row);
			}
			while (!rows.isEmpty() && rows.get(rows.size() - 1).length == 0) {
				rows.remove(rows.size() - 1);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (CsvException ex) {
			throw new InvalidAssessmentException(List.of(new InputError((int) ex.getLineNumber(), null,
					"the file is not valid CSV: " + ex.getMessage())));
		}
	}

}
