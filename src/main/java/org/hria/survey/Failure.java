package org.hria.survey;

import java.util.Map;

import org.hria.rules.RuleHits;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/** A failed threshold as a fact, so the verdict rules can reason over failures and their remedies. */
public record Failure(String facilityId, String ruleId, String remedyType, Severity severity) {

	/** Records the finding (with the rule's metadata, for its remedy) and returns the fact to insert. */
	public static Failure record(RuleHits hits, RuleContext context, Measurement measured, String required) {
		hits.add(context, measured, "required", required, "meta", context.getRule().getMetaData());
		return of(context, measured.getFacilityId());
	}

	/** Records the finding of a threshold row that {@code measured} fails, and returns the fact to insert. */
	public static Failure record(RuleHits hits, Threshold threshold, Measurement measured) {
		Rule rule = threshold.rule();
		hits.add(rule, measured, "required", threshold.getLimit().requiredFor(measured.getQuantity()), "meta",
				rule.getMetaData());
		return of(rule, measured.getFacilityId());
	}

	static Failure of(RuleContext context, String facilityId) {
		return of(context.getRule(), facilityId);
	}

	private static Failure of(Rule rule, String facilityId) {
		Map<String, Object> meta = rule.getMetaData();
		return new Failure(facilityId, text(meta.get("id")), text(meta.get("remedyType")),
				Severity.effective(text(meta.get("severity")), text(meta.get("status"))));
	}

	public boolean isBlocking() {
		return severity.blocking();
	}

	public boolean isPermanent() {
		return "PERMANENT".equals(remedyType);
	}

	public boolean isInfo() {
		return severity == Severity.INFO;
	}

	static String text(Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1)
				: text;
	}

}
