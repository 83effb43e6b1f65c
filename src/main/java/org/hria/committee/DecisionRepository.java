package org.hria.committee;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {

	Optional<Decision> findByAgendaItemId(long agendaItemId);

}
