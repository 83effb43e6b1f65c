package org.hria.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyFacilityRepository extends JpaRepository<SurveyFacility, Long> {

	List<SurveyFacility> findBySurveyIdOrderById(Long surveyId);

	Optional<SurveyFacility> findFirstByFacilityIdOrderByIdDesc(String facilityId);

	Optional<SurveyFacility> findBySurveyIdAndFacilityId(Long surveyId, String facilityId);

}
