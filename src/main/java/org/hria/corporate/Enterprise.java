package org.hria.corporate;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A municipal enterprise in the register: id, name and the city department that supervises it. */
@Entity
@Table(name = "corporate_enterprise")
class Enterprise {

	@Id
	private String id;

	@Column(nullable = false)
	private String name;

	@Column(name = "supervising_department")
	private String supervisingDepartment;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Enterprise() {
	}

	Enterprise(String id, String name, String supervisingDepartment) {
		this.id = id;
		this.name = name;
		this.supervisingDepartment = supervisingDepartment;
		this.createdAt = Instant.now();
	}

	String getId() {
		return id;
	}

	String getName() {
		return name;
	}

	String getSupervisingDepartment() {
		return supervisingDepartment;
	}

	void update(String name, String supervisingDepartment) {
		this.name = name;
		this.supervisingDepartment = supervisingDepartment;
	}

}
