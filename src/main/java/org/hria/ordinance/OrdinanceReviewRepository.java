package org.hria.ordinance;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Stored reviews. Lookups select ids first: a review row carries the text and its findings, so
 * sorting whole rows would read every one of them.
 */
interface OrdinanceReviewRepository extends JpaRepository<OrdinanceReview, Long> {

	@Query("select r.id from OrdinanceReview r where r.title = :title order by r.createdAt desc, r.id desc")
	List<Long> findLatestIdsByTitle(String title, Pageable page);

	@Query("select r.id from OrdinanceReview r order by r.createdAt desc, r.id desc")
	List<Long> findLatestIds(Pageable page);

	@Query("select r.id from OrdinanceReview r where r.previousReviewId = :previousReviewId order by r.id desc")
	List<Long> findLatestIdsByPreviousReviewId(Long previousReviewId, Pageable page);

}
