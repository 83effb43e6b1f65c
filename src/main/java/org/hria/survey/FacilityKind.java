package org.hria.survey;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The three kinds of surveyed facility, each with the letter the criteria and rule tables use. */
public enum FacilityKind {

	BUILDING('B', List.of("COMPLIANT", "NON_COMPLIANT", "INCOMPLETE")),
	POLLING_STATION('P', List.of("COMPLIANT", "REMEDIABLE_WITH_TEMPORARY_MEASURES", "RELOCATE", "INCOMPLETE")),
	EVENT('E', List.of("READY", "READY_WITH_CONDITIONS", "NOT_READY", "INCOMPLETE"));

	private final char letter;

	private final List<String> verdicts;

	FacilityKind(char letter, List<String> verdicts) {
		this.letter = letter;
		this.verdicts = verdicts;
	}

	public char letter() {
		return letter;
	}

	public List<String> verdicts() {
		return verdicts;
	}

	static Optional<FacilityKind> parse(String text) {
		String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (FacilityKind kind : values()) {
			if (kind.name().equals(value) || String.valueOf(kind.letter).equals(value)) {
				return Optional.of(kind);
			}
		}
		return switch (value) {
			case "건물", "공공건물" -> Optional.of(BUILDING);
			case "투표소" -> Optional.of(POLLING_STATION);
			case "행사" -> Optional.of(EVENT);
			default -> Optional.empty();
		};
	}

}
