package org.hria.recommendation;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Recomputes the audit chain on demand. */
@RestController
class AuditController {

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/api/audit/verify")
	@PreAuthorize("hasAnyRole('AUDITOR','BUREAU_LEAD','BUREAU_OFFICER')")
	Map<String, Object> verify() {
		return audit.verify();
	}

}
