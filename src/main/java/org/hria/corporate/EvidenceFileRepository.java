package org.hria.corporate;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

	List<EvidenceFile> findByAssessmentIdOrderById(Long assessmentId);

}
