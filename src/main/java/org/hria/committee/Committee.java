package org.hria.committee;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A committee of the city, e.g. Gwangju's Human Rights Civil Committee (인권증진시민위원회). */
@Entity
@Table(name = "committee")
class Committee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String name;

	@Column(name = "name_en")
	String nameEn;

	@Column(name = "created_at")
	Instant createdAt;

	protected Committee() {
	}

	Committee(String name, String nameEn) {
		this.name = name;
		this.nameEn = nameEn;
		this.createdAt = Instant.now();
	}

}
