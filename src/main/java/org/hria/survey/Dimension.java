package org.hria.survey;

/** What a criterion measures; a value's unit must be of the criterion's dimension. */
public enum Dimension {

	LENGTH, SLOPE, FORCE, COUNT, BOOLEAN;

	static Dimension parse(String text) {
		return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "length" -> LENGTH;
			case "slope" -> SLOPE;
			case "force" -> FORCE;
			case "count" -> COUNT;
			case "bool", "boolean" -> BOOLEAN;
			default -> throw new IllegalArgumentException("unknown dimension " + text);
		};
	}

}
