package org.hria.committee;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads one request body field by field and collects every error before refusing (400). */
final class Input {

	private final Map<String, Object> values;

	private final String prefix;

	private final List<Map<String, String>> errors;

	Input(Map<String, Object> values) {
		this(values, "", new ArrayList<>());
	}

	private Input(Map<String, Object> values, String prefix, List<Map<String, String>> errors) {
		this.values = values == null ? Map.of() : values;
		this.prefix = prefix;
		this.errors = errors;
	}

	/** The same error list, for a nested object such as {@code members[2]}. */
	Input nested(String name, Map<String, Object> nested) {
		return new Input(nested, prefix + name + ".", errors);
	}

	String text(String name, boolean required) {
		Object value = values.get(name);
		if (value == null || value.toString().isBlank()) {
			if (required) {
				fail(name, "required", "is required");
			}
			return null;
		}
		return value.toString().strip();
	}

	LocalDate date(String name, boolean required) {
		String text = text(name, required);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			fail(name, "invalid", "must be a date like 2027-03-10");
			return null;
		}
	}

	Long number(String name, boolean required) {
		String text = text(name, required);
		if (text == null) {
			return null;
		}
		if (!text.matches("\\d{1,9}")) {
			fail(name, "invalid", "must be a whole number >= 0");
			return null;
		}
		return Long.valueOf(text);
	}

	String code(String name, List<String> allowed, String fallback) {
		String text = text(name, fallback == null);
		if (text == null) {
			return fallback;
		}
		if (!allowed.contains(text)) {
			fail(name, "invalid", "must be one of " + allowed);
		}
		return text;
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> objects(String name) {
		Object value = values.get(name);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
			fail(name, "invalid", "must be a list of objects");
			return List.of();
		}
		return (List<Map<String, Object>>) list;
	}

	void fail(String name, String code, String message) {
		errors.add(CommitteeProblem.error(prefix + name, code, message));
	}

	/** Refuses the request with every error found so far. */
	void check() {
		if (!errors.isEmpty()) {
			throw CommitteeProblem.invalid(errors);
		}
	}

}
