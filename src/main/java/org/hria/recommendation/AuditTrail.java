package org.hria.recommendation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/** Appends hash-chained audit events and verifies the chain. */
@Service
class AuditTrail {

	private static final int PAGE = 2_000;

	private final AuditEventRepository events;

	private final AuditChainHeadRepository heads;

	private final EntityManager entityManager;

	private final JsonMapper json;

	AuditTrail(AuditEventRepository events, AuditChainHeadRepository heads, EntityManager entityManager,
			JsonMapper json) {
		this.events = events;
		this.heads = heads;
		this.entityManager = entityManager;
		this.json = json;
	}

	/** Appends in the caller's transaction; the head lock serialises appends across instances. */
	@Transactional(propagation = Propagation.MANDATORY)
	AuditEvent append(AuditEvent event, Caller caller, String actorRole, Map<String, ?> before,
			Map<String, ?> after, String reason) {
		AuditChainHead head = heads.lockHead();
		event.actorUserId = caller.username();
		event.actorRole = actorRole;
		event.onBehalfOfOrg = caller.organisations().isEmpty() ? null : String.join(",", caller.organisations());
		event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
		event.reason = reason;
		event.beforeJson = before == null ? null : json.writeValueAsString(before);
		event.afterJson = after == null ? null : json.writeValueAsString(after);
		event.requestId = UUID.randomUUID().toString();
		event.seq = head.lastSeq + 1;
		event.prevHash = head.lastHash;
		event.hash = AuditChain.hash(event);
		AuditEvent saved = events.save(event);
		head.lastSeq = event.seq;
		head.lastHash = event.hash;
		return saved;
	}

	@Transactional(readOnly = true)
	List<AuditEvent> history(long recommendationId) {
		return events.findByRecommendationIdOrderBySeq(recommendationId);
	}

	/** Recomputes the whole chain up to the current head and names the first broken link. */
	@Transactional(readOnly = true)
	Map<String, Object> verify() {
		AuditChainHead head = heads.head().orElseThrow();
		long headSeq = head.lastSeq;
		String headHash = head.lastHash;
		long seq = 0;
		String hash = AuditChain.GENESIS;
		long checked = 0;
		while (seq < headSeq) {
			List<AuditEvent> page = events.findBySeqGreaterThanOrderBySeq(seq, PageRequest.of(0, PAGE))
				.stream()
				.filter(e -> e.seq <= headSeq)
				.toList();
			if (page.isEmpty()) {
				return broken(checked, null, seq + 1, "events after seq " + seq + " are missing");
			}
			AuditChain.Broken broken = AuditChain.firstBroken(page, seq, hash);
			if (broken != null) {
				return broken(checked, broken.eventId(), broken.seq(), broken.problem());
			}
			AuditEvent last = page.get(page.size() - 1);
			checked += page.size();
			seq = last.seq;
			hash = last.hash;
			entityManager.clear();
		}
		if (!hash.equals(headHash)) {
			return broken(checked, null, seq, "the last event's hash differs from the recorded head of the chain");
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("valid", true);
		result.put("eventsChecked", checked);
		result.put("lastHash", hash);
		return result;
	}

	private static Map<String, Object> broken(long checked, Long eventId, long seq, String problem) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("valid", false);
		result.put("eventsChecked", checked);
		result.put("firstBrokenEventId", eventId);
		result.put("firstBrokenSeq", seq);
		result.put("problem", problem);
		return result;
	}

}
