package org.hria.recommendation;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

	java.util.List<Recommendation> findByPublishedTrueOrderById();

	java.util.List<Recommendation> findByStateOrderById(State state);

}
