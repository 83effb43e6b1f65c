package org.hria.recommendation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One recommendation routed to one addressee, with its own clock, response and measures. */
@Entity
@Table(name = "assignment")
class Assignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "recommendation_id")
	Long recommendationId;

	@Column(name = "organisation_code")
	String organisationCode;

	boolean lead;

	@Enumerated(EnumType.STRING)
	State state = State.ROUTED;

	@Column(name = "dispatched_at")
	LocalDate dispatchedAt;

	@Column(name = "document_no")
	String documentNo;

	@Column(name = "received_at")
	LocalDate receivedAt;

	@Column(name = "deadline_rule_id")
	String deadlineRuleId;

	@Column(name = "deadline_rule_version")
	String deadlineRuleVersion;

	@Column(name = "calendar_version")
	String calendarVersion;

	@Column(name = "response_due_at")
	LocalDate responseDueAt;

	@Column(name = "extended_due_at")
	LocalDate extendedDueAt;

	@Column(name = "extensions_used")
	int extensionsUsed;

	String decision;

	@Column(name = "reason_codes")
	String reasonCodes;

	@Column(name = "reason_text")
	String reasonText;

	@Column(name = "public_reason")
	String publicReason;

	@Column(name = "accepted_parts")
	String acceptedParts;

	@Column(name = "responded_at")
	LocalDate respondedAt;

	@Column(name = "implemented_at")
	LocalDate implementedAt;

	@Column(name = "verified_at")
	LocalDate verifiedAt;

	@Column(name = "verification_method")
	String verificationMethod;

	@Column(name = "rules_rechecked")
	String rulesRechecked;

	@Column(name = "verification_evidence")
	String verificationEvidence;

	@Column(name = "closed_at")
	LocalDate closedAt;

	String outcome;

	@Version
	long version;

	protected Assignment() {
	}

	Assignment(long recommendationId, String organisationCode, boolean lead, LocalDate dispatchedAt,
			String documentNo) {
		this.recommendationId = recommendationId;
		this.organisationCode = organisationCode;
		this.lead = lead;
		this.dispatchedAt = dispatchedAt;
		this.documentNo = documentNo;
	}

	/** The due date that counts: the extended one if there is one. */
	LocalDate effectiveDueAt() {
		return extendedDueAt != null ? extendedDueAt : responseDueAt;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("state", state.name());
		map.put("organisation", organisationCode);
		map.put("lead", lead);
		map.put("receivedAt", str(receivedAt));
		map.put("deadlineRule", deadlineRuleId == null ? null : deadlineRuleId + "@" + deadlineRuleVersion);
		map.put("responseDueAt", str(responseDueAt));
		map.put("extendedDueAt", str(extendedDueAt));
		map.put("decision", decision);
		map.put("reasonCodes", reasonCodes);
		map.put("respondedAt", str(respondedAt));
		map.put("implementedAt", str(implementedAt));
		map.put("verifiedAt", str(verifiedAt));
		if (verificationMethod != null) {
			map.put("verificationMethod", verificationMethod);
			map.put("rulesRechecked", rulesRechecked);
			map.put("verificationEvidence", verificationEvidence);
		}
		map.put("outcome", outcome);
		return map;
	}

	private static String str(LocalDate date) {
		return date == null ? null : date.toString();
	}

}
