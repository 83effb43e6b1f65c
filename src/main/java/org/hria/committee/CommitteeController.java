package org.hria.committee;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hria.recommendation.RecommendationLifecycle;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Committees, meetings and agendas. Decisions are recorded only through the lifecycle transitions
 * (adopt, reject, defer on {@code /api/recommendations/{id}/transitions}); scheduling here is the
 * lifecycle's {@code schedule} as well.
 */
@RestController
@RequestMapping("/api")
@PreAuthorize(CommitteeController.READERS)
class CommitteeController {

	static final String READERS = "hasAnyRole('COMMITTEE_SECRETARY','COMMITTEE_MEMBER','BUREAU_OFFICER','BUREAU_LEAD','AUDITOR')";

	static final String SECRETARY = "hasRole('COMMITTEE_SECRETARY')";

	static final String SCHEDULERS = "hasAnyRole('COMMITTEE_SECRETARY','BUREAU_OFFICER','BUREAU_LEAD')";

	private final Committees committees;

	private final Agendas agendas;

	private final AgendaPdf pdf;

	private final RecommendationLifecycle lifecycle;

	private final AgendaOrder order;

	CommitteeController(Committees committees, Agendas agendas, AgendaPdf pdf, RecommendationLifecycle lifecycle,
			AgendaOrder order) {
		this.committees = committees;
		this.agendas = agendas;
		this.pdf = pdf;
		this.lifecycle = lifecycle;
		this.order = order;
	}

	@PostMapping("/committees")
	@PreAuthorize(SECRETARY)
	ResponseEntity<Map<String, Object>> createCommittee(@RequestBody Map<String, Object> body) {
		Committee committee = committees.create(body);
		return ResponseEntity.created(URI.create("/api/committees/" + committee.id)).body(Views.committee(committee,
				committees.members(committee.id)));
	}

	@GetMapping("/committees")
	List<Map<String, Object>> listCommittees() {
		return committees.committees().stream().map(c -> Views.committee(c, committees.members(c.id))).toList();
	}

	@GetMapping("/committees/{id}")
	Map<String, Object> committee(@PathVariable long id) {
		return Views.committee(committees.committee(id), committees.members(id));
	}

	@PostMapping("/committees/{id}/members")
	@PreAuthorize(SECRETARY)
	ResponseEntity<Map<String, Object>> addMember(@PathVariable long id, @RequestBody Map<String, Object> body) {
		CommitteeMember member = committees.addMember(id, body);
		return ResponseEntity.status(201).body(Views.member(member));
	}

	@PostMapping("/meetings")
	@PreAuthorize(SECRETARY)
	ResponseEntity<Map<String, Object>> createMeeting(@RequestBody Map<String, Object> body) {
		Meeting meeting = committees.createMeeting(body);
		return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id)).body(meeting(meeting.id));
	}

	@GetMapping("/meetings")
	List<Map<String, Object>> listMeetings() {
		return committees.meetings().stream().map(m -> Views.meeting(m, committees.committee(m.committeeId))).toList();
	}

	@GetMapping("/meetings/{id}")
	Map<String, Object> meeting(@PathVariable long id) {
		Meeting meeting = committees.meeting(id);
		return Views.meeting(meeting, committees.committee(meeting.committeeId));
	}

	@PostMapping("/meetings/{id}/status")
	@PreAuthorize(SECRETARY)
	Map<String, Object> status(@PathVariable long id, @RequestBody Map<String, Object> body) {
		committees.setStatus(id, body);
		return meeting(id);
	}

	@GetMapping("/meetings/{id}/agenda")
	List<Map<String, Object>> agenda(@PathVariable long id) {
		return agendas.of(id).stream().map(Agendas::json).toList();
	}

	/** Spec 5.2: puts a recommendation on the agenda, as the lifecycle's {@code schedule}. */
	@PostMapping("/meetings/{id}/agenda")
	@PreAuthorize(SCHEDULERS)
	ResponseEntity<List<Map<String, Object>>> schedule(@PathVariable long id, @RequestBody Map<String, Object> body,
			Authentication user) {
		committees.meeting(id);
		Input input = new Input(body);
		Long recommendationId = input.number("recommendationId", true);
		input.check();
		lifecycle.transition(recommendationId, "schedule", Map.of("meetingId", String.valueOf(id)), user);
		return ResponseEntity.status(201).body(agenda(id));
	}

	/** Moves an item of a planned meeting: {@code {"move":"up"|"down"}} or {@code {"order": n}}; answers the agenda. */
	@PostMapping("/meetings/{id}/agenda/{itemId}/order")
	@PreAuthorize(SECRETARY)
	List<Map<String, Object>> reorder(@PathVariable long id, @PathVariable long itemId,
			@RequestBody Map<String, Object> body) {
		order.reorder(id, itemId, body);
		return agenda(id);
	}

	@GetMapping({ "/meetings/{id}/agenda.pdf", "/meetings/{id}/papers" })
	ResponseEntity<byte[]> papers(@PathVariable long id, Locale locale) {
		Meeting meeting = committees.meeting(id);
		byte[] bytes = pdf.papers(committees.committee(meeting.committeeId), meeting, agendas.of(id), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("agenda-meeting-" + id + ".pdf").build().toString())
			.body(bytes);
	}

}
