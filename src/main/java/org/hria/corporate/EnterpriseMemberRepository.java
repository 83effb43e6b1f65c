package org.hria.corporate;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnterpriseMemberRepository extends JpaRepository<EnterpriseMember, String> {
}
