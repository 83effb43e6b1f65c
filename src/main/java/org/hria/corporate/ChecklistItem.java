package org.hria.corporate;

/** One row of {@code checklists/corporate-hrm.csv}. */
public record ChecklistItem(String itemId, String area, String areaNameEn, String areaNameKo, String requirementEn,
		String requirementKo, String evidence, String scale, boolean naAllowed, int weight, boolean critical,
		String ungp, String nhrckArea, String nhrckItem, String addressee, String sourceStatus, String textStatus) {

	static final String SCALE_012 = "012";

	static final String SCALE_YN = "YN";

	boolean evidenceExpected() {
		return evidence != null && !evidence.isBlank();
	}

	/** The statute an item may cite is unverified (U): its recommendation is advisory until checked. */
	boolean advisory() {
		return "U".equals(sourceStatus);
	}

	String anchors() {
		return "UNGP " + ungp + "; NHRCK " + nhrckArea;
	}

}
