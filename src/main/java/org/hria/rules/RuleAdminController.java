package org.hria.rules;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Reload, list, download and upload rule files (SYSTEM_ADMIN or BUREAU_LEAD, see the security configuration). */
@RestController
@RequestMapping("/api/admin/rules")
class RuleAdminController {

	private final RuleEngine engine;

	RuleAdminController(RuleEngine engine) {
		this.engine = engine;
	}

	@PostMapping("/reload")
	RuleEngine.ReloadResult reload(Principal user) {
		return engine.reload(user.getName());
	}

	@GetMapping("/files")
	List<Map<String, String>> files() {
		return engine.current()
			.fileChecksums()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(entry -> Map.of("file", entry.getKey(), "checksum", entry.getValue()))
			.toList();
	}

	@GetMapping("/file")
	ResponseEntity<byte[]> download(@RequestParam String path) {
		return engine.read(path)
			.map(content -> ResponseEntity.ok()
				.contentType(path.endsWith(".xlsx") ? MediaType.APPLICATION_OCTET_STREAM
						: new MediaType("text", path.endsWith(".csv") ? "csv" : "plain",
								java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(path.substring(path.lastIndexOf('/') + 1)).build().toString())
				.body(content))
			.orElseThrow(() -> new RuleFileNotFoundException(path));
	}

	@PostMapping(path = "/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	RuleEngine.ReloadResult upload(@RequestParam String path, @RequestParam MultipartFile file, Principal user)
			throws IOException {
		return engine.upload(path, file.getBytes(), user.getName());
	}

	@PutMapping(path = "/file")
	RuleEngine.ReloadResult replace(@RequestParam String path, @RequestBody byte[] content, Principal user) {
		return engine.upload(path, content, user.getName());
	}

	@GetMapping("/activations")
	List<RuleActivation> activations() {
		return engine.recentActivations(200);
	}

}
