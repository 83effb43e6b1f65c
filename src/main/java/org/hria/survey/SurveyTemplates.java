package org.hria.survey;

import java.util.ArrayList;
import java.util.List;

/** Blank survey templates: every criterion of a kind with the unit the profile prints, English or Korean headers. */
final class SurveyTemplates {

	private static final String[] LONG_EN = { "facility_id", "facility_name", "criterion", "value", "unit", "note" };

	private static final String[] LONG_KO = { "시설ID", "시설명", "기준", "값", "단위", "비고" };

	private SurveyTemplates() {
	}

	/** One row per criterion; the note says what to measure. Blank values are "not surveyed". */
	static List<String[]> longForm(FacilityKind kind, String profile, boolean korean) {
		List<String[]> rows = new ArrayList<>();
		rows.add(korean ? LONG_KO : LONG_EN);
		for (Criterion criterion : Criteria.catalogue().forKind(kind)) {
			rows.add(new String[] { "F-001", "", criterion.id(), "", criterion.templateUnit(profile),
					korean ? criterion.labelKo() : criterion.labelEn() });
		}
		return rows;
	}

	/** One column per criterion with its unit in brackets; Korean headers use the Korean labels. */
	static List<String[]> wide(FacilityKind kind, String profile, boolean korean) {
		List<String> header = new ArrayList<>(List.of(korean ? "시설ID" : "facility_id", korean ? "시설명" : "facility_name"));
		for (Criterion criterion : Criteria.catalogue().forKind(kind)) {
			String unit = criterion.templateUnit(profile);
			header.add((korean ? criterion.labelKo() : criterion.id()) + (unit.isEmpty() ? "" : "[" + unit + "]"));
		}
		List<String[]> rows = new ArrayList<>();
		rows.add(header.toArray(String[]::new));
		String[] example = new String[header.size()];
		java.util.Arrays.fill(example, "");
		example[0] = "F-001";
		rows.add(example);
		return rows;
	}

}
