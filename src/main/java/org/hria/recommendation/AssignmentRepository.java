package org.hria.recommendation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	List<Assignment> findByRecommendationIdOrderById(long recommendationId);

	List<Assignment> findByOrganisationCodeInOrderByIdDesc(java.util.Collection<String> organisationCodes);

}
