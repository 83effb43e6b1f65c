package org.hria.corporate;

import java.math.BigDecimal;
import java.util.List;

/**
 * The report of spec 4.2, stored as computed (JSON) and never recomputed. Figures are rounded
 * once, at output; points and max points per area keep what exact comparisons need.
 */
public record Report(String enterpriseId, String enterpriseName, String supervisingDepartment, int year,
		String checklistVersion, String checklistSha256, String ruleSetVersion, String status, BigDecimal overall,
		BigDecimal overallMin, BigDecimal overallMax, Integer levelByScore, Integer level, String levelName,
		List<Cap> capsApplied, String cappedBy, List<Area> areas, List<Gap> gaps,
		List<EvidenceRequest> evidenceRequests, List<String> missingItems, Comparison comparison,
		List<String> salientIssues) {

	static final String COMPLETE = "COMPLETE";

	static final String INCOMPLETE = "INCOMPLETE";

	Report withComparison(Comparison value) {
		return new Report(enterpriseId, enterpriseName, supervisingDepartment, year, checklistVersion, checklistSha256,
				ruleSetVersion, status, overall, overallMin, overallMax, levelByScore, level, levelName, capsApplied,
				cappedBy, areas, gaps, evidenceRequests, missingItems, value, salientIssues);
	}

	long criticalGaps() {
		return gaps.stream().filter(Gap::critical).count();
	}

	/** A cap on the level set by a critical item, and the rule that set it. */
	public record Cap(String itemId, int level, String ruleId) {
	}

	public record Area(String id, String nameEn, String nameKo, BigDecimal weight, boolean na, int applicableItems,
			long points, long maxPoints, BigDecimal percent, BigDecimal percentMin, BigDecimal percentMax,
			int gapCount, List<Item> items) {
	}

	public record Item(String itemId, String answer, Integer score, int weight, boolean critical, boolean na,
			String naReason, List<String> evidenceRefs, String comment, List<String> findings) {
	}

	public record Gap(String itemId, String priority, String basePriority, Integer deadlineDays, String deadline,
			boolean repeat, boolean critical, int score, String text, String textKo, String addressee, String copyTo,
			String anchors, boolean advisory) {
	}

	public record EvidenceRequest(String itemId, String priority, Integer deadlineDays, String deadline, String text,
			String addressee) {
	}

	public record Comparison(int previousYear, String previousChecklistVersion, boolean checklistVersionDiffers,
			BigDecimal previousOverall, BigDecimal overallDelta, BigDecimal overallDeltaCommonItems,
			List<String> itemsNotCompared, Integer previousLevel, Integer level,
			String levelChange, List<AreaDelta> areas, List<String> itemsImproved, List<String> itemsWorsened,
			List<String> gapsNew, List<String> gapsRepeated, List<String> gapsClosed, String note) {
	}

	public record AreaDelta(String id, BigDecimal previous, BigDecimal current, BigDecimal delta) {
	}

}
