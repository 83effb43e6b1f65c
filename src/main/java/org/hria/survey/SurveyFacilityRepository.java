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

	/**
	 * The row ids of the latest stored survey of each of these facility ids. A separate query from
	 * {@link #findOutcomes(Collection)}: in H2 the nested form compared the id list with
	 * every stored row, so re-surveying the same facilities cost more with every survey stored.
	 */
	@Query("select max(g.id) from SurveyFacility g where g.facilityId in :ids group by g.facilityId")
	List<Long> findLatestIds(@Param("ids") Collection<String> ids);

	/**
	 * What a new survey compares with, row by row: facility id, survey id, verdict and the rule id
	 * of each finding (null when it had none). Plain values: loading the entities cost more than the check.
	 */
	@Query("select f.facilityId, f.surveyId, f.verdict, d.ruleId from SurveyFacility f left join f.findings d where f.id in :ids order by f.id, d.position")
	List<Object[]> findOutcomes(@Param("ids") Collection<Long> ids);

}
