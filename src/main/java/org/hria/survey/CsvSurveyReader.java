package org.hria.survey;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;

/**
 * Reads a survey CSV, long (one measurement a row: facility_id, facility_name, criterion, value,
 * unit, note) or wide (one facility a row, one column per criterion with its unit in brackets),
 * detected from the header. Headers may be English or Korean.
 */
final class CsvSurveyReader {

	private static final Map<String, String> HEADERS = headers();

	private static final Pattern WIDE_COLUMN = Pattern.compile("(.+?)\\s*(?:\\[(.*)])?");

	private CsvSurveyReader() {
	}

	static void read(Reader text, FacilityAssembler assembler, InputErrors errors) {
		try (CSVReader csv = new CSVReaderBuilder(text).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
			String[] header = csv.readNext();
			if (header == null) {
				errors.add(1, null, "found an empty file, expected a header row (facility_id,facility_name,criterion,value,unit,note)");
				return;
			}
			Map<String, Integer> fixed = fixedColumns(header);
			if (!fixed.containsKey("facility_id")) {
				errors.add(1, 1, "found no facility_id column in the header, expected facility_id (시설ID)");
				return;
			}
			if (fixed.containsKey("criterion") && fixed.containsKey("value")) {
				readLong(csv, fixed, assembler, errors);
			}
			else {
				readWide(csv, header, fixed, assembler, errors);
			}
			assembler.finish();
		}
		catch (CsvValidationException ex) {
			errors.add((int) ex.getLineNumber(), null, "found malformed CSV: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void readLong(CSVReader csv, Map<String, Integer> columns, FacilityAssembler assembler,
			InputErrors errors) throws IOException, CsvValidationException {
		LongColumns at = new LongColumns(columns);
		String[] row;
		while ((row = csv.readNext()) != null) {
			int line = (int) csv.getLinesRead();
			if (blank(row)) {
				continue;
			}
			Facility facility = assembler.facility(cell(row, at.id), cell(row, at.name), cell(row, at.kind), line,
					column(at.id), column(at.kind));
			String criterion = cell(row, at.criterion);
			String value = cell(row, at.value);
			if (facility == null) {
				continue;
			}
			if (criterion == null || criterion.isBlank()) {
				errors.add(line, column(at.criterion), "found an empty criterion, expected a criterion id");
				continue;
			}
			if (value != null && !value.isBlank()) {
				assembler.measure(facility, criterion, column(at.criterion), value, column(at.value),
						cell(row, at.unit), column(at.unit), cell(row, at.note), line);
			}
		}
	}

	/** The long format's column indexes (-1 when absent), looked up once rather than on every row. */
	private record LongColumns(int id, int name, int kind, int criterion, int value, int unit, int note) {

		LongColumns(Map<String, Integer> columns) {
			this(columns.getOrDefault("facility_id", -1), columns.getOrDefault("facility_name", -1),
					columns.getOrDefault("kind", -1), columns.getOrDefault("criterion", -1),
					columns.getOrDefault("value", -1), columns.getOrDefault("unit", -1),
					columns.getOrDefault("note", -1));
		}

	}

	private static String cell(String[] row, int index) {
		return index < 0 || index >= row.length ? null : row[index];
	}

	private static Integer column(int index) {
		return index < 0 ? null : index + 1;
	}

	private static void readWide(CSVReader csv, String[] header, Map<String, Integer> fixed,
			FacilityAssembler assembler, InputErrors errors) throws IOException, CsvValidationException {
		Map<Integer, String[]> criteria = new HashMap<>();
		for (int i = 0; i < header.length; i++) {
			if (!fixed.containsValue(i) && !header[i].isBlank()) {
				Matcher matcher = WIDE_COLUMN.matcher(header[i].strip());
				matcher.matches();
				criteria.put(i, new String[] { matcher.group(1), matcher.group(2) });
			}
		}
		String[] row;
		while ((row = csv.readNext()) != null) {
			int line = (int) csv.getLinesRead();
			if (blank(row)) {
				continue;
			}
			Facility facility = assembler.facility(cell(row, fixed, "facility_id"), cell(row, fixed, "facility_name"),
					cell(row, fixed, "kind"), line, column(fixed, "facility_id"), column(fixed, "kind"));
			if (facility == null) {
				continue;
			}
			for (Map.Entry<Integer, String[]> criterion : new java.util.TreeMap<>(criteria).entrySet()) {
				int index = criterion.getKey();
				if (index < row.length && !row[index].isBlank()) {
					assembler.measure(facility, criterion.getValue()[0], index + 1, row[index], index + 1,
							criterion.getValue()[1], index + 1, null, line);
				}
			}
			assembler.finish();
		}
	}

	private static Map<String, Integer> fixedColumns(String[] header) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.length; i++) {
			String name = HEADERS.get(header[i].strip().toLowerCase(Locale.ROOT).replace(' ', '_'));
			if (name != null) {
				columns.putIfAbsent(name, i);
			}
		}
		return columns;
	}

	private static String cell(String[] row, Map<String, Integer> columns, String name) {
		Integer index = columns.get(name);
		return index == null || index >= row.length ? null : row[index];
	}

	private static Integer column(Map<String, Integer> columns, String name) {
		Integer index = columns.get(name);
		return index == null ? null : index + 1;
	}

	private static boolean blank(String[] row) {
		for (String cell : row) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static Map<String, String> headers() {
		Map<String, String> headers = new HashMap<>();
		for (String alias : new String[] { "facility_id", "facility", "시설id", "시설_id", "시설번호" }) {
			headers.put(alias, "facility_id");
		}
		for (String alias : new String[] { "facility_name", "name", "시설명", "시설_이름", "이름" }) {
			headers.put(alias, "facility_name");
		}
		for (String alias : new String[] { "kind", "종류", "시설종류", "시설_종류" }) {
			headers.put(alias, "kind");
		}
		for (String alias : new String[] { "criterion", "기준", "항목", "기준id", "기준_id" }) {
			headers.put(alias, "criterion");
		}
		for (String alias : new String[] { "value", "값", "측정값" }) {
			headers.put(alias, "value");
		}
		for (String alias : new String[] { "unit", "단위" }) {
			headers.put(alias, "unit");
		}
		for (String alias : new String[] { "note", "notes", "비고", "메모" }) {
			headers.put(alias, "note");
		}
		return headers;
	}

}
