package org.hria.survey;

/** A canonical criterion id, the facility kinds it applies to, what it measures and its labels. */
record Criterion(String id, String kinds, Dimension dimension, String labelKo, String labelEn) {

	/** Interned, as the literals of the rules are: their many map lookups by criterion then compare by reference. */
	Criterion {
		id = id.intern();
	}

	boolean appliesTo(FacilityKind kind) {
		return kinds.indexOf(kind.letter()) >= 0;
	}

	/** The unit a template suggests for this criterion in a profile. */
	String templateUnit(String profile) {
		boolean imperial = "us-ada".equals(profile);
		return switch (dimension) {
			case LENGTH -> imperial ? "in" : "mm";
			case SLOPE -> "ratio";
			case FORCE -> imperial ? "lbf" : "N";
			case COUNT -> "count";
			case BOOLEAN -> "";
		};
	}

}
