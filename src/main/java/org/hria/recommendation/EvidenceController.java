package org.hria.recommendation;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/assignments/{id}/evidence} (spec 5.2): stores a file with its SHA-256 and answers
 * the uri that a {@code report_progress} or {@code verify} then names as evidence;
 * {@code GET /api/evidence/{id}} sends it back after checking the hash.
 */
@RestController
class EvidenceController {

	static final String SHA256_HEADER = "X-Evidence-SHA256";

	private final AddresseeDesk desk;

	private final EvidenceDownloads downloads;

	private final Callers callers;

	EvidenceController(AddresseeDesk desk, EvidenceDownloads downloads, Callers callers) {
		this.desk = desk;
		this.downloads = downloads;
		this.callers = callers;
	}

	@PostMapping(path = "/api/assignments/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ADDRESSEE_CONTACT','ENTERPRISE_SELF_ASSESSOR','OMBUDSPERSON','BUREAU_OFFICER','BUREAU_LEAD','INSPECTOR')")
	ResponseEntity<Map<String, Object>> upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			Authentication user) throws IOException {
		EvidenceFiles.Stored stored = desk.storeEvidence(id, file, callers.of(user));
		return ResponseEntity.created(URI.create("/api/evidence/" + stored.id()))
			.body(Map.of("id", stored.id(), "uri", stored.uri(), "sha256", stored.sha256()));
	}

	/** The stored file as uploaded, with its SHA-256 (hex, and as RFC 9530 {@code Repr-Digest}). */
	@GetMapping("/api/evidence/{id}")
	@PreAuthorize("hasAnyRole('ADDRESSEE_CONTACT','ENTERPRISE_SELF_ASSESSOR','OMBUDSPERSON','BUREAU_OFFICER','BUREAU_LEAD','AUDITOR')")
	ResponseEntity<byte[]> download(@PathVariable long id, Authentication user) {
		EvidenceDownloads.Download download = downloads.download(id, callers.of(user));
		String sha256 = (String) download.file().get("sha256");
		return ResponseEntity.ok()
			.contentType(mediaType((String) download.file().get("contentType")))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename((String) download.file().get("fileName"), StandardCharsets.UTF_8)
				.build()
				.toString())
			.header(SHA256_HEADER, sha256)
			.header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":")
			.body(download.content());
	}

	/** The type the uploader's browser declared; a missing or malformed one is sent as bytes. */
	private static MediaType mediaType(String declared) {
		try {
			return declared == null || declared.isBlank() ? MediaType.APPLICATION_OCTET_STREAM
					: MediaType.parseMediaType(declared);
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

}
