package org.hria.ordinance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrdinanceReviewRepository extends JpaRepository<OrdinanceReview, Long> {

	Optional<OrdinanceReview> findFirstByTitleOrderByCreatedAtDescIdDesc(String title);

	List<OrdinanceReview> findTop50ByOrderByCreatedAtDescIdDesc();

	Optional<OrdinanceReview> findFirstByPreviousReviewIdOrderByIdDesc(Long previousReviewId);

}
