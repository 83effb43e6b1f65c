package org.hria.corporate;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

	Optional<Assessment> findByEnterpriseIdAndYear(String enterpriseId, int year);

	/** Submitted assessments of an enterprise before a year, latest first: the first is the one to compare with. */
	List<Assessment> findByEnterpriseIdAndStateAndYearLessThanOrderByYearDesc(String enterpriseId, String state,
			int year);

	List<Assessment> findByYearAndStateOrderByEnterpriseId(int year, String state);

	List<Assessment> findByEnterpriseIdOrderByYearDesc(String enterpriseId);

}
