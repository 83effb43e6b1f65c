package org.hria.corporate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import org.hria.rules.Checksums;

/**
 * The checklist as loaded from its CSV file: the items in file order, the version named in its
 * {@code checklist_version} column and the SHA-256 of the file. Every assessment records both.
 */
public record Checklist(String version, String sha256, List<ChecklistItem> items, Map<String, ChecklistItem> index) {

	public Checklist(String version, String sha256, List<ChecklistItem> items) {
		this(version, sha256, List.copyOf(items), items.stream()
			.collect(java.util.stream.Collectors.toUnmodifiableMap(ChecklistItem::itemId, item -> item, (a, b) -> a)));
	}

	static final String NAME = "corporate-hrm";

	static final List<String> HEADER = List.of("item_id", "checklist_version", "area", "area_name_en", "area_name_ko",
			"requirement_en", "requirement_ko", "evidence", "scale", "na_allowed", "weight", "critical", "ungp",
			"nhrck_area", "nhrck_item", "addressee", "source_status", "text_status");

	public static Checklist parse(byte[] csv) {
		List<String[]> rows = rows(new String(csv, StandardCharsets.UTF_8));
		if (rows.isEmpty() || !Arrays.asList(rows.get(0)).equals(HEADER)) {
			throw new IllegalStateException("The checklist must start with the header " + String.join(",", HEADER));
		}
		List<ChecklistItem> items = new ArrayList<>();
		String version = null;
		for (String[] row : rows.subList(1, rows.size())) {
			if (row.length != HEADER.size()) {
				throw new IllegalStateException("Checklist row " + row[0] + " has " + row.length + " fields, not "
						+ HEADER.size());
			}
			if (version != null && !version.equals(row[1])) {
				throw new IllegalStateException("Checklist rows name two versions: " + version + " and " + row[1]);
			}
			version = row[1];
			items.add(item(row));
		}
		return new Checklist(NAME + "/" + version, Checksums.sha256(csv), items);
	}

	Optional<ChecklistItem> item(String itemId) {
		return Optional.ofNullable(index.get(itemId));
	}

	/** Area ids in checklist order, each with its items. */
	Map<String, List<ChecklistItem>> byArea() {
		Map<String, List<ChecklistItem>> areas = new LinkedHashMap<>();
		items.forEach(item -> areas.computeIfAbsent(item.area(), area -> new ArrayList<>()).add(item));
		return areas;
	}

	private static ChecklistItem item(String[] r) {
		return new ChecklistItem(r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8], "Y".equals(r[9]),
				Integer.parseInt(r[10]), "Y".equals(r[11]), r[12], r[13], r[14], r[15], r[16], r[17]);
	}

	private static List<String[]> rows(String text) {
		String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
		try (CSVReader reader = new CSVReader(new StringReader(withoutBom))) {
			return reader.readAll().stream().filter(row -> !(row.length == 1 && row[0].isBlank())).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (CsvException ex) {
			throw new IllegalStateException("The checklist is not valid CSV: " + ex.getMessage(), ex);
		}
	}

}
