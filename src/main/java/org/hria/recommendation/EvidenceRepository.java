package org.hria.recommendation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByMeasureIdIn(Collection<Long> measureIds);

}
