package org.hria.committee;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeRepository extends JpaRepository<Committee, Long> {

	java.util.List<Committee> findAllByOrderById();

}
