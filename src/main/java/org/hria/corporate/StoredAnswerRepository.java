package org.hria.corporate;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredAnswerRepository extends JpaRepository<StoredAnswer, Long> {

	List<StoredAnswer> findByAssessmentIdOrderByLine(Long assessmentId);

	@Modifying
	@Query("delete from StoredAnswer a where a.assessmentId = ?1")
	void deleteByAssessment(Long assessmentId);

}
