package org.hria.recommendation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureRepository extends JpaRepository<Measure, Long> {

	List<Measure> findByAssignmentIdOrderById(long assignmentId);

}
