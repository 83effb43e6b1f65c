package org.hria.corporate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Puts the computed figures into the report of spec 4.2, rounding each once. */
final class ReportAssembler {

	private static final String[] LEVEL_NAMES = { null, "Initial", "Developing", "Established", "Advanced", "Leading" };

	private final List<ItemAnswer> answers;

	private final Map<String, Integer> scoresUsed;

	private final Map<String, List<String>> findings;

	private final Map<String, BigDecimal> weights;

	private final List<AreaMath> areas;

	ReportAssembler(List<ItemAnswer> answers, Map<String, Integer> scoresUsed, Map<String, List<String>> findings,
			Map<String, BigDecimal> weights, List<AreaMath> areas) {
		this.answers = answers;
		this.scoresUsed = scoresUsed;
		this.findings = findings;
		this.weights = weights;
		this.areas = areas;
	}

	Report assemble(Checklist checklist, AssessmentInput input, String supervisor, String ruleSetVersion,
			Fraction overall, ResultPhase result, Map<String, String> deadlines) {
		boolean complete = overall != null;
		Fraction lower = complete ? null : AreaMath.overall(areas, weights, AreaMath::lower);
		Fraction upper = complete ? null : AreaMath.overall(areas, weights, AreaMath::upper);
		Integer level = complete ? result.level() : null;
		return new Report(input.enterpriseId(), input.enterpriseName(), supervisor, input.year(), checklist.version(),
				checklist.sha256(), ruleSetVersion, complete ? Report.COMPLETE : Report.INCOMPLETE,
				complete ? overall.display() : null, lower == null ? null : lower.display(),
				upper == null ? null : upper.display(), complete ? result.levelByScore() : null, level,
				level == null ? null : LEVEL_NAMES[level], result.caps(), complete ? result.cappedBy().orElse(null) : null,
				areas(result), gaps(result, supervisor, deadlines), evidenceRequests(deadlines),
				answers.stream().filter(ItemAnswer::missing).map(a -> a.item().itemId()).toList(), null,
				input.salientIssues());
	}

	private List<Report.Area> areas(ResultPhase result) {
		List<Report.Area> list = new ArrayList<>();
		for (AreaMath area : areas) {
			List<ItemAnswer> inArea = answers.stream().filter(a -> a.item().area().equals(area.id())).toList();
			ChecklistItem first = inArea.get(0).item();
			boolean scored = area.applicable() && area.complete();
			boolean range = area.applicable() && !area.complete();
			int gapCount = (int) inArea.stream().filter(a -> result.priorities().containsKey(a.item().itemId())).count();
			list.add(new Report.Area(area.id(), first.areaNameEn(), first.areaNameKo(), weights.get(area.id()),
					!area.applicable(), area.applicableItems(), area.points(), area.maxPoints(),
					scored ? area.percent().display() : null, range ? area.lower().display() : null,
					range ? area.upper().display() : null, gapCount, inArea.stream().map(this::item).toList()));
		}
		return list;
	}

	private Report.Item item(ItemAnswer answer) {
		ChecklistItem item = answer.item();
		return new Report.Item(item.itemId(), answer.rawAnswer(), scoresUsed.get(item.itemId()), item.weight(),
				item.critical(), answer.na(), answer.na() ? answer.comment() : null, answer.evidenceRefs(),
				answer.comment(), List.copyOf(findings.get(item.itemId())));
	}

	private List<Report.Gap> gaps(ResultPhase result, String supervisor, Map<String, String> deadlines) {
		List<Report.Gap> gaps = new ArrayList<>();
		for (ItemAnswer answer : answers) {
			String itemId = answer.item().itemId();
			String priority = result.priorities().get(itemId);
			if (priority == null) {
				continue;
			}
			String deadline = deadlines.get("gap:" + itemId);
			boolean critical = answer.item().critical();
			gaps.add(new Report.Gap(itemId, priority, result.basePriority(itemId), days(deadline), deadline,
					result.repeat(itemId), critical, scoresUsed.get(itemId), Recommendations.text(answer),
					Recommendations.textKo(answer), answer.item().addressee(),
					critical ? (supervisor == null ? Recommendations.DEFAULT_SUPERVISOR : supervisor) : null,
					answer.item().anchors(), answer.item().advisory()));
		}
		return gaps;
	}

	private List<Report.EvidenceRequest> evidenceRequests(Map<String, String> deadlines) {
		return answers.stream()
			.filter(a -> findings.get(a.item().itemId()).contains(AssessmentScorer.EVIDENCE_MISSING))
			.map(a -> {
				String deadline = deadlines.get("evidence:" + a.item().itemId());
				return new Report.EvidenceRequest(a.item().itemId(), "LOW", days(deadline), deadline,
						Recommendations.evidenceText(a.item()), a.item().addressee());
			})
			.toList();
	}

	private static Integer days(String deadline) {
		return deadline != null && deadline.chars().allMatch(Character::isDigit) ? Integer.valueOf(deadline) : null;
	}

}
