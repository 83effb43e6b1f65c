package org.hria.corporate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A self-assessor's link to the one enterprise it assesses. */
@Entity
@Table(name = "enterprise_member")
class EnterpriseMember {

	@Id
	private String username;

	@Column(name = "enterprise_id", nullable = false)
	private String enterpriseId;

	protected EnterpriseMember() {
	}

	EnterpriseMember(String username, String enterpriseId) {
		this.username = username;
		this.enterpriseId = enterpriseId;
	}

	String getUsername() {
		return username;
	}

	String getEnterpriseId() {
		return enterpriseId;
	}

	void moveTo(String enterprise) {
		this.enterpriseId = enterprise;
	}

}
