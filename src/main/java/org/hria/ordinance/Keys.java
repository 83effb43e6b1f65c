package org.hria.ordinance;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lexicon keys found in a piece of the draft, with where each first occurred. Rules ask
 * {@code has("ORD-X/set")}; {@code "a|b"} means any of them, {@code hasAll("a;b")} all of them.
 */
public class Keys {

	private static final Map<String, String[]> ANY = new ConcurrentHashMap<>();

	private static final Map<String, String[]> ALL = new ConcurrentHashMap<>();

	private final Map<String, int[]> first = new HashMap<>();

	void add(String key, int start, int end) {
		int[] old = first.get(key);
		if (old == null || start < old[0]) {
			first.put(key, new int[] { start, end });
		}
	}

	void addAll(Keys other) {
		other.first.forEach((key, span) -> {
			int[] old = first.get(key);
			if (old == null || span[0] < old[0]) {
				first.put(key, span);
			}
		});
	}

	int[] first(String key) {
		for (String one : split(ANY, key, "\\|")) {
			int[] span = first.get(one);
			if (span != null) {
				return span;
			}
		}
		return null;
	}

	public boolean has(String key) {
		if (key.indexOf('|') < 0) {
			return first.containsKey(key);
		}
		for (String one : split(ANY, key, "\\|")) {
			if (first.containsKey(one)) {
				return true;
			}
		}
		return false;
	}

	public boolean hasAll(String keys) {
		for (String one : split(ALL, keys, ";")) {
			if (!has(one)) {
				return false;
			}
		}
		return true;
	}

	boolean hasAny(java.util.Set<String> keys) {
		for (String key : first.keySet()) {
			if (keys.contains(key)) {
				return true;
			}
		}
		return false;
	}

	boolean isEmpty() {
		return first.isEmpty();
	}

	/** The parts of a rule's key expression, interned like the keys they are looked up by. */
	private static String[] split(Map<String, String[]> cache, String key, String separator) {
		String[] parts = cache.get(key);
		if (parts == null) {
			parts = java.util.Arrays.stream(key.split(separator)).map(String::intern).toArray(String[]::new);
			cache.put(key, parts);
		}
		return parts;
	}

}
