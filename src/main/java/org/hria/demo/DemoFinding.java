package org.hria.demo;

import java.math.BigDecimal;

import org.hria.rules.RuleHit;

/** A demo rule hit as the API shows it: the rule, the measured value and what was required. */
record DemoFinding(String ruleId, String severity, String basis, String status, String subject, String criterion,
		BigDecimal measured, String unit, Object required) {

	static DemoFinding of(RuleHit hit) {
		DemoMeasurement measurement = (DemoMeasurement) hit.subject();
		return new DemoFinding(hit.ruleId(), hit.severity(), hit.basis(), hit.status(), measurement.subject(),
				measurement.criterion(), measurement.value(), measurement.unit(), hit.details().get("required"));
	}

}
