package org.hria.ordinance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Stored reviews. Lookups select ids first: a review row carries the text and its findings, so
 * sorting whole rows would read every one of them.
 */
interface OrdinanceReviewRepository extends JpaRepository<OrdinanceReview, Long> {

	/**
	 * The latest versions of a title, newest first. Ordered by the title too, so H2 reads the index
	 * (title, created_at, id) backwards instead of sorting every version.
	 */
	@Query("select r.id as id, r.findingIds as findingIds from OrdinanceReview r where r.title = :title"
			+ " order by r.title desc, r.createdAt desc, r.id desc")
	List<EarlierVersion> findLatestVersionsByTitle(String title, Pageable page);

	/** An earlier version without its text and findings (a hundred kilobytes a review): its id and finding ids. */
	Optional<EarlierVersion> findEarlierVersionById(Long id);

	@Query("select r.findingsJson from OrdinanceReview r where r.id = :id")
	String findFindingsJsonById(Long id);

	@Query("select r.id from OrdinanceReview r order by r.createdAt desc, r.id desc")
	List<Long> findLatestIds(Pageable page);

	@Query("select r.id from OrdinanceReview r where r.previousReviewId = :previousReviewId order by r.id desc")
	List<Long> findLatestIdsByPreviousReviewId(Long previousReviewId, Pageable page);

	/** What comparing with an earlier version needs first; its findings JSON is read only when one was resolved. */
	interface EarlierVersion {

		Long getId();

		String getFindingIds();

	}

}
