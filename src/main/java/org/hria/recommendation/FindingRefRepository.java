package org.hria.recommendation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FindingRefRepository extends JpaRepository<FindingRef, Long> {

	List<FindingRef> findByRecommendationIdOrderById(long recommendationId);

	List<FindingRef> findByOriginRecommendationId(long originRecommendationId);

}
