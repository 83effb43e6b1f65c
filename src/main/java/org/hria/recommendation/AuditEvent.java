package org.hria.recommendation;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One event of the append-only audit trail; {@code hash} covers its content and {@code prevHash}. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	long seq;

	@Column(name = "recommendation_id")
	Long recommendationId;

	@Column(name = "assignment_id")
	Long assignmentId;

	String action;

	@Column(name = "from_state")
	String fromState;

	@Column(name = "to_state")
	String toState;

	@Column(name = "actor_user_id")
	String actorUserId;

	@Column(name = "actor_role")
	String actorRole;

	@Column(name = "on_behalf_of_org")
	String onBehalfOfOrg;

	@Column(name = "occurred_at")
	Instant occurredAt;

	String reason;

	@Column(name = "before_json")
	String beforeJson;

	@Column(name = "after_json")
	String afterJson;

	@Column(name = "request_id")
	String requestId;

	@Column(name = "prev_hash")
	String prevHash;

	String hash;

	protected AuditEvent() {
	}

	AuditEvent(Long recommendationId, Long assignmentId, String action, String fromState, String toState) {
		this.recommendationId = recommendationId;
		this.assignmentId = assignmentId;
		this.action = action;
		this.fromState = fromState;
		this.toState = toState;
	}

	Map<String, Object> toView() {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", id);
		view.put("seq", seq);
		view.put("recommendationId", recommendationId);
		view.put("assignmentId", assignmentId);
		view.put("action", action);
		view.put("fromState", fromState);
		view.put("toState", toState);
		view.put("actor", actorUserId);
		view.put("actorRole", actorRole);
		view.put("onBehalfOfOrg", onBehalfOfOrg);
		view.put("occurredAt", occurredAt);
		view.put("reason", reason);
		view.put("before", beforeJson);
		view.put("after", afterJson);
		view.put("prevHash", prevHash);
		view.put("hash", hash);
		return view;
	}

	/** The hashed content, in a fixed order; the id is left out because the database assigns it. */
	List<Object> canonicalContent() {
		return Arrays.asList(seq, recommendationId, assignmentId, action, fromState, toState, actorUserId, actorRole,
				onBehalfOfOrg, occurredAt == null ? null : occurredAt.toString(), reason, beforeJson, afterJson,
				requestId, prevHash);
	}

}
