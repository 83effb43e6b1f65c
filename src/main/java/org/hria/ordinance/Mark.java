package org.hria.ordinance;

/** Inserted by a rule that fired, for document-level rules that depend on it (e.g. ORD-PART-002 on ORD-BASIS-001). */
public record Mark(String ruleId) {

	public String getRuleId() {
		return ruleId;
	}

}
