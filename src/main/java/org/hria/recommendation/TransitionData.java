package org.hria.recommendation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code data} of a transition request, checked against the fields its action records. */
final class TransitionData {

	private final Map<String, Object> values;

	TransitionData(Map<String, Object> values) {
		this.values = values == null ? Map.of() : values;
	}

	/** The errors of every field spec against these values, as {@code {field, code, message}}. */
	List<Map<String, String>> check(List<FieldSpec> fields) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldSpec field : fields) {
			Object value = values.get(field.name());
			if (isMissing(value, field)) {
				if (field.required()) {
					errors.add(error(field.name(), "required", "is required"));
				}
				continue;
			}
			String problem = kindProblem(field, value);
			if (problem != null) {
				errors.add(error(field.name(), "invalid", problem));
			}
		}
		return errors;
	}

	static Map<String, String> error(String field, String code, String message) {
		return Map.of("field", field, "code", code, "message", field + " " + message);
	}

	private static boolean isMissing(Object value, FieldSpec field) {
		if (value == null) {
			return true;
		}
		if (value instanceof String text) {
			return text.isBlank();
		}
		return value instanceof List<?> list && list.isEmpty() && !field.emptyAllowed();
	}

	private static String kindProblem(FieldSpec field, Object value) {
		return switch (field.kind()) {
			case TEXT -> value instanceof String ? null : "must be text";
			case DATE -> parseDate(value) != null ? null : "must be a date like 2027-03-15";
			case INTEGER -> value instanceof Number n && n.longValue() >= 0 ? null : "must be a whole number >= 0";
			case ID -> value instanceof Number || (value instanceof String s && s.matches("\\d+")) ? null
					: "must be an id";
			case CODE -> field.values().contains(value) ? null : "must be one of " + field.values();
			case LIST -> value instanceof List<?> l && l.stream().allMatch(String.class::isInstance) ? null
					: "must be a list of texts";
			case OBJECTS -> value instanceof List<?> l && l.stream().allMatch(Map.class::isInstance) ? null
					: "must be a list of objects";
			case IDS_OR_COUNT -> (value instanceof Number n && n.longValue() >= 0)
					|| (value instanceof List<?> l && l.stream().allMatch(TransitionData::isId)) ? null
							: "must be a list of committee member ids (or the number of members present)";
		};
	}

	private static boolean isId(Object value) {
		return value instanceof Number || (value instanceof String s && s.strip().matches("\\d{1,18}"));
	}

	private static LocalDate parseDate(Object value) {
		if (!(value instanceof String text)) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	boolean has(String name) {
		Object value = values.get(name);
		return value != null && !(value instanceof String s && s.isBlank());
	}

	String text(String name) {
		Object value = values.get(name);
		return value == null ? null : value.toString();
	}

	LocalDate date(String name) {
		return parseDate(values.get(name));
	}

	LocalDate dateOr(String name, LocalDate fallback) {
		LocalDate date = date(name);
		return date == null ? fallback : date;
	}

	Integer integer(String name) {
		return values.get(name) instanceof Number n ? n.intValue() : null;
	}

	/** The ids of a list field such as {@code membersPresent}; null when the field is not a list. */
	List<Long> ids(String name) {
		return values.get(name) instanceof List<?> l ? l.stream().map(v -> Long.valueOf(v.toString().strip())).toList()
				: null;
	}

	Long id(String name) {
		Object value = values.get(name);
		return value == null ? null : Long.valueOf(value.toString());
	}

	@SuppressWarnings("unchecked")
	List<String> list(String name) {
		return values.get(name) instanceof List<?> l ? (List<String>) l : List.of();
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> objects(String name) {
		return values.get(name) instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
	}

	Map<String, Object> asMap() {
		return values;
	}

}
