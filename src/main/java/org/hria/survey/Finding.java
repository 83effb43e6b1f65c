package org.hria.survey;

import java.util.Map;

import org.hria.rules.RuleHit;

/**
 * One failed threshold of a facility as the API shows it: criterion, measured value and unit,
 * what was required, the rule and its source, severity (at most MINOR for a status-U rule, then
 * advisory), building priority and the remedy with its type.
 */
public record Finding(Long id, String criterion, String ruleId, String measured, String unit, String required,
		String severity, Integer priority, String remedy, String remedyType, String source, String status,
		boolean advisory, String bring, Integer line) {

	/** The id to cite in a recommendation ({@code SUR-<id>}), unique across assessment domains. */
	@com.fasterxml.jackson.annotation.JsonProperty("findingId")
	public String findingId() {
		return SurveyFindingLookup.idOf(id);
	}

	/** A finding of {@code hit}, whose rule's metadata was read into {@code rule}. */
	static Finding of(RuleHit hit, RuleParts rule) {
		Measurement measurement = (Measurement) hit.subject();
		Quantity quantity = measurement.getQuantity();
		String unit = quantity.unit() == Unit.BOOLEAN ? "" : quantity.unit().symbol();
		String measured = quantity.unit() == Unit.RATIO || quantity.unit() == Unit.BOOLEAN ? quantity.text()
				: quantity.value().toPlainString();
		return new Finding(null, measurement.getCriterion(), hit.ruleId(), measured, unit,
				String.valueOf(hit.details().get("required")), rule.severity(), rule.priority(), rule.remedy(),
				rule.remedyType(), hit.basis(), hit.status(), rule.advisory(), rule.bring(), measurement.getLine());
	}

	/**
	 * What a threshold rule's metadata gives each of its findings: read once per rule and check,
	 * not once per finding (a check of 10,000 facilities has about 100,000 findings).
	 */
	record RuleParts(String severity, Integer priority, String remedy, String remedyType, boolean advisory,
			String bring) {

		static RuleParts of(RuleHit hit) {
			@SuppressWarnings("unchecked")
			Map<String, Object> meta = (Map<String, Object>) hit.details().get("meta");
			String status = hit.status();
			String priority = Failure.text(meta.get("priority"));
			return new RuleParts(Severity.effective(hit.severity(), status).name(),
					priority == null ? null : Integer.valueOf(priority), Failure.text(meta.get("remedy")),
					Failure.text(meta.get("remedyType")),
					"U".equals(status) || "A".equals(Failure.text(meta.get("obligation"))),
					Failure.text(meta.get("bring")));
		}

	}

	Finding withId(Long id) {
		return new Finding(id, criterion, ruleId, measured, unit, required, severity, priority, remedy, remedyType,
				source, status, advisory, bring, line);
	}

}
