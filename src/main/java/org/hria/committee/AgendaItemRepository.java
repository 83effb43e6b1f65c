package org.hria.committee;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

	List<AgendaItem> findByMeetingIdOrderByOrderAscIdAsc(long meetingId);

	List<AgendaItem> findByMeetingIdAndRecommendationIdOrderById(long meetingId, long recommendationId);

	@Query("select coalesce(max(a.order), 0) from AgendaItem a where a.meetingId = ?1")
	int lastOrder(long meetingId);

}
