package org.hria.recommendation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import org.hria.rules.Checksums;

/**
 * A plain CSV data file under rules/recommendations: lines starting with # are comments, the first
 * other line is the header. Each row keeps its raw line for its checksum.
 */
record CsvData(List<String> header, List<Row> rows, String version) {

	record Row(int line, String[] cells, String checksum) {
	}

	static CsvData read(Path file) {
		try {
			String content = Files.readString(file, StandardCharsets.UTF_8);
			if (content.startsWith("\uFEFF")) {
				content = content.substring(1);
			}
			return parse(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	static CsvData parse(String content) {
		List<String> lines = content.lines().toList();
		List<Integer> dataLines = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).startsWith("#") && !lines.get(i).isBlank()) {
				dataLines.add(i);
			}
		}
		String data = dataLines.stream().map(lines::get).collect(Collectors.joining("\n"));
		try (CSVReader reader = new CSVReader(new StringReader(data))) {
			List<String[]> records = reader.readAll();
			List<Row> rows = new ArrayList<>();
			for (int i = 1; i < records.size(); i++) {
				String raw = lines.get(dataLines.get(i)).strip();
				rows.add(new Row(dataLines.get(i) + 1, records.get(i),
						Checksums.sha256(raw.getBytes(StandardCharsets.UTF_8)).substring(0, 16)));
			}
			String version = Checksums.sha256(content.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
			return new CsvData(List.of(records.get(0)), rows, version);
		}
		catch (IOException | CsvException ex) {
			throw new IllegalStateException("Malformed CSV: " + ex.getMessage(), ex);
		}
	}

	String cell(Row row, String column) {
		int index = header.indexOf(column);
		return index < 0 || index >= row.cells().length ? "" : row.cells()[index].strip();
	}

}
