package org.hria.corporate;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An evidence file attached to an item of an assessment, kept in the database with its SHA-256. */
@Entity
@Table(name = "corporate_evidence_file")
class EvidenceFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "assessment_id", nullable = false)
	private Long assessmentId;

	@Column(name = "item_id", nullable = false)
	private String itemId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(nullable = false)
	private String sha256;

	@Column(nullable = false)
	private byte[] content;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected EvidenceFile() {
	}

	EvidenceFile(Long assessmentId, String itemId, String fileName, String contentType, byte[] content, String sha256,
			String uploadedBy) {
		this.assessmentId = assessmentId;
		this.itemId = itemId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = content.length;
		this.content = content;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	String getItemId() {
		return itemId;
	}

	String getFileName() {
		return fileName;
	}

	long getSize() {
		return size;
	}

	String getSha256() {
		return sha256;
	}

}
