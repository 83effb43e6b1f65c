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

	static Finding of(RuleHit hit) {
		Measurement measurement = (Measurement) hit.subject();
		@SuppressWarnings("unchecked")
		Map<String, Object> meta = (Map<String, Object>) hit.details().get("meta");
		Quantity quantity = measurement.getQuantity();
		String status = hit.status();
		boolean advisory = "U".equals(status) || "A".equals(Failure.text(meta.get("obligation")));
		String unit = quantity.unit() == Unit.BOOLEAN ? "" : quantity.unit().symbol();
		String measured = quantity.unit() == Unit.RATIO || quantity.unit() == Unit.BOOLEAN ? quantity.text()
				: quantity.value().toPlainString();
		String priority = Failure.text(meta.get("priority"));
		return new Finding(null, measurement.getCriterion(), hit.ruleId(), measured, unit,
				String.valueOf(hit.details().get("required")), Severity.effective(hit.severity(), status).name(),
				priority == null ? null : Integer.valueOf(priority), Failure.text(meta.get("remedy")),
				Failure.text(meta.get("remedyType")), hit.basis(), status, advisory, Failure.text(meta.get("bring")),
				measurement.getLine());
	}

	Finding withId(Long id) {
		return new Finding(id, criterion, ruleId, measured, unit, required, severity, priority, remedy, remedyType,
				source, status, advisory, bring, line);
	}

}
