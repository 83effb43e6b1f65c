package org.hria.survey;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRepository extends JpaRepository<Survey, Long> {

	List<Survey> findTop50ByOrderByIdDesc();

}
