package org.hria.survey;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;

/** The catalogue of canonical criteria ({@code survey/criteria.csv}), with nearest-id suggestions for typos. */
final class Criteria {

	private static final Criteria INSTANCE = load();

	private final Map<String, Criterion> byId;

	private final Map<String, Criterion> byLabel = new LinkedHashMap<>();

	private Criteria(Map<String, Criterion> byId) {
		this.byId = byId;
		byId.values().forEach(c -> {
			byLabel.put(c.labelKo(), c);
			byLabel.put(c.labelEn().toLowerCase(java.util.Locale.ROOT), c);
		});
	}

	static Criteria catalogue() {
		return INSTANCE;
	}

	Optional<Criterion> find(String idOrLabel) {
		Criterion exact = byId.get(idOrLabel);
		if (exact != null) {
			return Optional.of(exact);
		}
		String key = idOrLabel.strip();
		Criterion found = byId.get(key.toLowerCase(java.util.Locale.ROOT));
		if (found == null) {
			found = byLabel.get(key);
		}
		if (found == null) {
			found = byLabel.get(key.toLowerCase(java.util.Locale.ROOT));
		}
		return Optional.ofNullable(found);
	}

	Collection<Criterion> all() {
		return byId.values();
	}

	List<Criterion> forKind(FacilityKind kind) {
		return byId.values().stream().filter(c -> c.appliesTo(kind)).toList();
	}

	/** The three known ids closest to {@code unknown} by edit distance. */
	List<String> nearest(String unknown) {
		String key = unknown.strip().toLowerCase(java.util.Locale.ROOT);
		return byId.keySet()
			.stream()
			.sorted(Comparator.comparingInt((String id) -> distance(key, id)).thenComparing(id -> id))
			.limit(3)
			.toList();
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static Criteria load() {
		Map<String, Criterion> criteria = new LinkedHashMap<>();
		try (CSVReader reader = new CSVReader(new InputStreamReader(
				Criteria.class.getResourceAsStream("/survey/criteria.csv"), StandardCharsets.UTF_8))) {
			reader.readNext();
			String[] row;
			while ((row = reader.readNext()) != null) {
				criteria.put(row[0], new Criterion(row[0], row[1], Dimension.parse(row[2]), row[3], row[4]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (CsvValidationException ex) {
			throw new IllegalStateException(ex);
		}
		return new Criteria(criteria);
	}

	static List<String> ids(Collection<Criterion> criteria) {
		return new ArrayList<>(criteria.stream().map(Criterion::id).toList());
	}

}
