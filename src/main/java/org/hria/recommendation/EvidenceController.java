package org.hria.recommendation;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/assignments/{id}/evidence} (spec 5.2): stores a file with its SHA-256 and answers
 * the uri that a {@code report_progress} or {@code verify} then names as evidence.
 */
@RestController
class EvidenceController {

	private final AddresseeDesk desk;

	private final Callers callers;

	EvidenceController(AddresseeDesk desk, Callers callers) {
		this.desk = desk;
		this.callers = callers;
	}

	@PostMapping(path = "/api/assignments/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ADDRESSEE_CONTACT','ENTERPRISE_SELF_ASSESSOR','OMBUDSPERSON','BUREAU_OFFICER','BUREAU_LEAD','INSPECTOR')")
	ResponseEntity<Map<String, Object>> upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			Authentication user) throws IOException {
		EvidenceFiles.Stored stored = desk.storeEvidence(id, file, callers.of(user));
		return ResponseEntity.created(URI.create("/api/assignments/" + id + "/evidence/" + stored.id()))
			.body(Map.of("id", stored.id(), "uri", stored.uri(), "sha256", stored.sha256()));
	}

}
