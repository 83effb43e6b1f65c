package org.hria.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row holding the end of the audit chain; locked while an event is appended. */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

	@Id
	Integer id;

	@Column(name = "last_seq")
	long lastSeq;

	@Column(name = "last_hash")
	String lastHash;

	protected AuditChainHead() {
	}

}
