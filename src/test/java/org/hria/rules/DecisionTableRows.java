package org.hria.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180Parser;
import com.opencsv.exceptions.CsvException;

/**
 * Reads the rule names of a CSV decision table the way Drools lays it out: after a
 * {@code RuleTable} row come the column codes (one of them {@code NAME}), the object types, the
 * snippets and the column labels; then one row per rule until a blank row. Cells are RFC 4180
 * (a backslash is an ordinary character, as it is to Drools).
 */
final class DecisionTableRows {

	private DecisionTableRows() {
	}

	static List<String> ruleNames(Path table) throws IOException, CsvException {
		List<String[]> rows;
		try (Reader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8);
				CSVReader csv = new CSVReaderBuilder(reader).withCSVParser(new RFC4180Parser()).build()) {
			rows = csv.readAll();
		}
		List<String> names = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (!first(rows.get(i)).startsWith("RuleTable") || i + 1 >= rows.size()) {
				continue;
			}
			int nameColumn = Arrays.asList(rows.get(i + 1)).indexOf("NAME");
			for (int row = i + 5; row < rows.size() && !blank(rows.get(row))
					&& !first(rows.get(row)).startsWith("RuleTable"); row++) {
				if (nameColumn >= 0 && nameColumn < rows.get(row).length && !rows.get(row)[nameColumn].isBlank()) {
					names.add(rows.get(row)[nameColumn].strip());
				}
			}
		}
		return names;
	}

	private static String first(String[] row) {
		return row.length == 0 ? "" : row[0].strip();
	}

	private static boolean blank(String[] row) {
		return Arrays.stream(row).allMatch(String::isBlank);
	}

}
