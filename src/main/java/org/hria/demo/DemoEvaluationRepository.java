package org.hria.demo;

import org.springframework.data.jpa.repository.JpaRepository;

interface DemoEvaluationRepository extends JpaRepository<DemoEvaluation, Long> {
}
