package org.hria.committee;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	List<Meeting> findAllByOrderByDateDescIdDesc();

	List<Meeting> findByCommitteeIdOrderByDateDescIdDesc(long committeeId);

	@Query("select coalesce(max(m.number), 0) from Meeting m where m.committeeId = ?1")
	int lastNumber(long committeeId);

	boolean existsByCommitteeIdAndNumber(long committeeId, int number);

}
