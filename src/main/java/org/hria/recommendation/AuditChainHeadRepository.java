package org.hria.recommendation;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditChainHeadRepository extends Repository<AuditChainHead, Integer> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from AuditChainHead h where h.id = 1")
	AuditChainHead lockHead();

	@Query("select h from AuditChainHead h where h.id = 1")
	Optional<AuditChainHead> head();

}
