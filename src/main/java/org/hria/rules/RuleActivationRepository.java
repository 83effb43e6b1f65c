package org.hria.rules;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RuleActivationRepository extends JpaRepository<RuleActivation, Long> {

	@Query("select a from RuleActivation a where a.id in (select max(b.id) from RuleActivation b group by b.file)")
	List<RuleActivation> findLatestPerFile();

	List<RuleActivation> findAllByOrderByIdDesc(Pageable page);

}
