package org.hria.recommendation;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The recommendation API of spec 5.2: create from findings, read, actions, transitions, history. */
@RestController
@RequestMapping("/api")
class RecommendationController {

	private final LifecycleService lifecycle;

	private final Callers callers;

	private final RecommendationSearch search;

	RecommendationController(LifecycleService lifecycle, Callers callers, RecommendationSearch search) {
		this.lifecycle = lifecycle;
		this.callers = callers;
		this.search = search;
	}

	@GetMapping("/recommendations")
	List<Map<String, Object>> list(@RequestParam(required = false) String state,
			@RequestParam(required = false) String theme, @RequestParam(required = false) String addressee,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			Authentication user) {
		RecommendationSearch.Query query = new RecommendationSearch.Query(state, theme, addressee, overdue, year,
				Math.max(0, page), Math.min(Math.max(1, size), 500));
		return search.search(query, callers.of(user));
	}

	@PostMapping("/recommendations")
	@PreAuthorize("hasAnyRole('BUREAU_OFFICER','BUREAU_LEAD','OMBUDSPERSON')")
	ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> body, Authentication user) {
		Map<String, Object> created = lifecycle.create(body, callers.of(user));
		return ResponseEntity.created(URI.create("/api/recommendations/" + created.get("id"))).body(created);
	}

	@GetMapping("/recommendations/{id}")
	Map<String, Object> get(@PathVariable long id, Authentication user) {
		return lifecycle.get(id, callers.of(user));
	}

	@GetMapping("/recommendations/{id}/actions")
	List<Map<String, Object>> actions(@PathVariable long id, Authentication user) {
		return lifecycle.actions(id, callers.of(user));
	}

	@PostMapping("/recommendations/{id}/transitions")
	Map<String, Object> transition(@PathVariable long id, @RequestBody TransitionRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication user) {
		return lifecycle.transition(id, request.action(), request.data(), version(ifMatch), callers.of(user));
	}

	@PostMapping("/assignments/{id}/transitions")
	Map<String, Object> assignmentTransition(@PathVariable long id, @RequestBody TransitionRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication user) {
		return lifecycle.assignmentTransition(id, request.action(), request.data(), version(ifMatch),
				callers.of(user));
	}

	@GetMapping("/recommendations/{id}/history")
	List<Map<String, Object>> history(@PathVariable long id, Authentication user) {
		return lifecycle.history(id, callers.of(user)).stream().map(AuditEvent::toView).toList();
	}

	/** Two transitions of the same record at the same moment: the second one loses. */
	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<ProblemDetail> concurrent() {
		LifecycleProblem problem = LifecycleProblem.concurrent();
		return ResponseEntity.status(problem.getStatusCode()).body(problem.getBody());
	}

	/** {@code If-Match: "3"} or {@code 3}; a version that is not a number never matches. */
	private static Long version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		String value = ifMatch.trim().replace("W/", "").replace("\"", "");
		return value.matches("\\d+") ? Long.valueOf(value) : -1L;
	}

	record TransitionRequest(String action, Map<String, Object> data) {
	}

}
