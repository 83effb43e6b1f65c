package org.hria.survey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SurveyFacilityRepository extends JpaRepository<SurveyFacility, Long> {

	List<SurveyFacility> findBySurveyIdOrderById(Long surveyId);

	Optional<SurveyFacility> findFirstByFacilityIdOrderByIdDesc(String facilityId);

	/** A survey's facilities with their findings, in one query. */
	@Query("select distinct f from SurveyFacility f left join fetch f.findings where f.surveyId = :surveyId order by f.id")
	List<SurveyFacility> findWithFindings(@Param("surveyId") Long surveyId);

	/** The latest stored survey of each of these facility ids, with its findings. */
	@Query("select distinct f from SurveyFacility f left join fetch f.findings where f.id in "
			+ "(select max(g.id) from SurveyFacility g where g.facilityId in :ids group by g.facilityId)")
	List<SurveyFacility> findLatest(@Param("ids") Collection<String> ids);

}
