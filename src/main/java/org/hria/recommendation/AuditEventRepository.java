package org.hria.recommendation;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append and read only: the audit trail has no update or delete methods. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	List<AuditEvent> findByRecommendationIdOrderBySeq(long recommendationId);

	List<AuditEvent> findBySeqGreaterThanOrderBySeq(long seq, Pageable page);

}
