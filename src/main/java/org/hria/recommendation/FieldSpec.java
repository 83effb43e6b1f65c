package org.hria.recommendation;

import java.util.List;

/**
 * One field an action records: its name, kind, whether it is required and, for codes, the
 * allowed values. Required fields of kind LIST may be empty only when {@code emptyAllowed}.
 */
record FieldSpec(String name, Kind kind, boolean required, List<String> values, boolean emptyAllowed) {

	enum Kind {

		TEXT, DATE, INTEGER, CODE, LIST, OBJECTS, ID,

		/** A list of ids (the members present) or, as before that list existed, a whole number >= 0. */
		IDS_OR_COUNT

	}

	static FieldSpec required(String name, Kind kind) {
		return new FieldSpec(name, kind, true, List.of(), false);
	}

	static FieldSpec optional(String name, Kind kind) {
		return new FieldSpec(name, kind, false, List.of(), false);
	}

	static FieldSpec code(String name, boolean required, String... values) {
		return new FieldSpec(name, Kind.CODE, required, List.of(values), false);
	}

	static FieldSpec listMayBeEmpty(String name) {
		return new FieldSpec(name, Kind.LIST, true, List.of(), true);
	}

	static FieldSpec objectsMayBeEmpty(String name) {
		return new FieldSpec(name, Kind.OBJECTS, true, List.of(), true);
	}

}
