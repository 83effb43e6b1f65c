package org.hria.recommendation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document, photo, re-survey or amended text showing that a measure was done. */
@Entity
@Table(name = "evidence")
class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "measure_id")
	Long measureId;

	String type;

	String uri;

	String sha256;

	@Column(name = "is_public")
	boolean isPublic;

	@Column(name = "added_at")
	Instant addedAt;

	protected Evidence() {
	}

	Evidence(long measureId, String type, String uri, String sha256, boolean isPublic) {
		this.measureId = measureId;
		this.type = type;
		this.uri = uri;
		this.sha256 = sha256;
		this.isPublic = isPublic;
		this.addedAt = Instant.now();
	}

}
