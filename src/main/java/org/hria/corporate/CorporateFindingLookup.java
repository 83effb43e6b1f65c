package org.hria.corporate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hria.recommendation.FindingLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gaps of a submitted corporate assessment as recommendations cite them: {@code CORP-<assessment>-<item>}.
 * The locator is enterprise, area and checklist item with its score; the rule id is the checklist
 * item, the check that found the gap. The Bureau sees every enterprise, a self-assessor only its own.
 */
@Component
class CorporateFindingLookup implements FindingLookup {

	private static final Pattern ID = Pattern.compile("CORP-(\\d{1,18})-(\\S+)");

	private final AssessmentRepository assessments;

	private final CorporateService corporate;

	CorporateFindingLookup(AssessmentRepository assessments, CorporateService corporate) {
		this.assessments = assessments;
		this.corporate = corporate;
	}

	static String idOf(long assessmentId, Report.Gap gap) {
		return "CORP-" + assessmentId + "-" + gap.itemId();
	}

	@Override
	public String sourceType() {
		return "CORPORATE";
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<FindingView> find(String findingId, Viewer viewer) {
		Matcher matcher = ID.matcher(findingId == null ? "" : findingId);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		Caller caller = new Caller(viewer.username(),
				viewer.hasAnyRole("BUREAU_OFFICER", "BUREAU_LEAD", "SYSTEM_ADMIN", "AUDITOR"),
				viewer.hasAnyRole("BUREAU_OFFICER"));
		return assessments.findById(Long.parseLong(matcher.group(1)))
			.filter(a -> caller.bureau() || corporate.memberOf(caller).filter(a.getEnterpriseId()::equals).isPresent())
			.flatMap(a -> Optional.ofNullable(corporate.report(a)).flatMap(report -> report.gaps()
				.stream()
				.filter(gap -> gap.itemId().equals(matcher.group(2)))
				.findFirst()
				.map(gap -> new FindingView("assessment " + a.getId(), findingId, gap.itemId(), locator(report, gap)))));
	}

	static String locator(Report report, Report.Gap gap) {
		String area = report.areas()
			.stream()
			.filter(a -> a.items().stream().anyMatch(item -> item.itemId().equals(gap.itemId())))
			.map(a -> a.id() + " " + a.nameEn() + " / " + a.nameKo())
			.findFirst()
			.orElse("?");
		return report.enterpriseName() + " (" + report.enterpriseId() + "), " + report.year() + "; area " + area
				+ "; item " + gap.itemId() + " score " + gap.score() + ", priority " + gap.priority();
	}

}
