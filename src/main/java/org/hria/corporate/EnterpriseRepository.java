package org.hria.corporate;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnterpriseRepository extends JpaRepository<Enterprise, String> {
}
