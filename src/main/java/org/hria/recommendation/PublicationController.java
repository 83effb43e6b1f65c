package org.hria.recommendation;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishing by the Bureau lead, and the public list. {@code /public/**} needs a permitAll in
 * SecurityConfig (owned by the lead) before it answers without login.
 */
@RestController
class PublicationController {

	private final Publication publication;

	private final Callers callers;

	PublicationController(Publication publication, Callers callers) {
		this.publication = publication;
		this.callers = callers;
	}

	@PostMapping("/api/recommendations/{id}/publication")
	@PreAuthorize("hasRole('BUREAU_LEAD')")
	Map<String, Object> publish(@PathVariable long id, @RequestBody PublishRequest request, Authentication user) {
		return publication.publish(id, request.publicSummary(), request.published() == null || request.published(),
				callers.of(user));
	}

	@GetMapping("/public/api/recommendations")
	List<Map<String, Object>> published() {
		return publication.published();
	}

	@GetMapping("/public/api/stats")
	Map<String, Object> stats() {
		return PublicStats.of(publication.published());
	}

	record PublishRequest(String publicSummary, Boolean published) {
	}

}
