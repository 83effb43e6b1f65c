package org.hria.recommendation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hria.account.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the addressee's pages read and do: their organisations' assignments, one assignment with
 * the actions open to them, and every change through {@link LifecycleService}, as the API does.
 */
@Service
class AddresseeDesk {

	private final AssignmentRepository assignments;

	private final RecommendationRepository recommendations;

	private final RecommendationViews views;

	private final LifecycleService lifecycle;

	private final EvidenceFiles files;

	private final EvidenceDownloads downloads;

	AddresseeDesk(AssignmentRepository assignments, RecommendationRepository recommendations,
			RecommendationViews views, LifecycleService lifecycle, EvidenceFiles files, EvidenceDownloads downloads) {
		this.assignments = assignments;
		this.recommendations = recommendations;
		this.views = views;
		this.lifecycle = lifecycle;
		this.files = files;
		this.downloads = downloads;
	}

	@Transactional(readOnly = true)
	List<Map<String, Object>> mine(Caller caller) {
		if (caller.organisations().isEmpty()) {
			return List.of();
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Assignment a : assignments.findByOrganisationCodeInOrderByIdDesc(caller.organisations())) {
			Map<String, Object> row = new LinkedHashMap<>(views.assignment(a));
			row.put("title", recommendations.findById(a.recommendationId).map(r -> r.title).orElse(""));
			rows.add(row);
		}
		return rows;
	}

	/** One assignment of the caller's organisation: its view, the recommendation and the actions open now. */
	@Transactional(readOnly = true)
	Map<String, Object> open(long id, Caller caller) {
		Assignment a = own(id, caller);
		Map<String, Object> page = new LinkedHashMap<>();
		Map<String, Object> assignment = views.assignment(a);
		page.put("assignment", assignment);
		page.put("openMeasures", openMeasures(assignment));
		page.put("evidenceFiles", downloads.files(List.of(assignment), caller));
		page.put("recommendation", views.view(recommendations.findById(a.recommendationId).orElseThrow(), caller));
		page.put("actions", Lifecycle.allowed(Level.ASSIGNMENT, a.state, a.decision, acting(caller))
			.stream()
			.map(Transition::action)
			.toList());
		return page;
	}

	@Transactional
	void act(long id, String action, Map<String, Object> data, Caller caller) {
		lifecycle.assignmentTransition(id, action, data, null, caller);
	}

	/** Stores the file and reports progress with it as evidence, in one transaction: a refused report keeps no file. */
	@Transactional
	void progress(long id, Map<String, Object> data, String evidenceType, MultipartFile file, Caller caller)
			throws java.io.IOException {
		Map<String, Object> withEvidence = new LinkedHashMap<>(data);
		if (file != null && !file.isEmpty()) {
			own(id, caller);
			EvidenceFiles.Stored stored = files.store(id, String.valueOf(file.getOriginalFilename()),
					file.getContentType(), file.getBytes(), caller.username());
			withEvidence.put("evidence", List.of(Map.of("type", evidenceType == null ? "DOCUMENT" : evidenceType,
					"uri", stored.uri(), "sha256", stored.sha256())));
		}
		lifecycle.assignmentTransition(id, "report_progress", withEvidence, null, caller);
	}

	/** An evidence file for an assignment the caller may see; report_progress then cites its uri. */
	@Transactional
	EvidenceFiles.Stored storeEvidence(long id, MultipartFile file, Caller caller) throws java.io.IOException {
		Assignment assignment = assignments.findById(id)
			.filter(a -> caller.seesAll() || caller.belongsTo(a.organisationCode))
			.orElseThrow(() -> LifecycleProblem.notFound("assignment", id));
		if (file == null || file.isEmpty()) {
			throw LifecycleProblem.invalid("file", "required", "is required: attach the evidence file");
		}
		return files.store(assignment.id, String.valueOf(file.getOriginalFilename()), file.getContentType(),
				file.getBytes(), caller.username());
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> openMeasures(Map<String, Object> assignment) {
		return ((List<Map<String, Object>>) assignment.get("measures")).stream()
			.filter(m -> !"DONE".equals(m.get("status")) && !"DROPPED".equals(m.get("status")))
			.toList();
	}

	private Assignment own(long id, Caller caller) {
		return assignments.findById(id)
			.filter(a -> caller.belongsTo(a.organisationCode))
			.orElseThrow(() -> LifecycleProblem.notFound("assignment", id));
	}

	/** On their own organisation's assignment the addressee roles act; nothing else of theirs applies here. */
	private static Set<Role> acting(Caller caller) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		caller.roles().stream().filter(Transition.ADDRESSEE_ROLES::contains).forEach(roles::add);
		return roles;
	}

}
