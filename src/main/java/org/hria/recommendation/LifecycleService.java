package org.hria.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hria.account.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs every action through the one lifecycle table: visibility (404), role (403), If-Match (412),
 * state (409), required fields (400); then the effect, an optimistic-locked save and one audit event.
 */
@Service
class LifecycleService {

	private final RecommendationRepository recommendations;

	private final AssignmentRepository assignments;

	private final FindingRefRepository findings;

	private final FindingSources sources;

	private final RecommendationEffects recommendationEffects;

	private final AssignmentEffects assignmentEffects;

	private final RecommendationViews views;

	private final AuditTrail audit;

	LifecycleService(RecommendationRepository recommendations, AssignmentRepository assignments,
			FindingRefRepository findings, FindingSources sources, RecommendationEffects recommendationEffects,
			AssignmentEffects assignmentEffects, RecommendationViews views, AuditTrail audit) {
		this.recommendations = recommendations;
		this.assignments = assignments;
		this.findings = findings;
		this.sources = sources;
		this.recommendationEffects = recommendationEffects;
		this.assignmentEffects = assignmentEffects;
		this.views = views;
		this.audit = audit;
	}

	@Transactional
	Map<String, Object> create(Map<String, Object> body, Caller caller) {
		Transition create = Lifecycle.find("create").orElseThrow();
		String role = permittedRole(create, caller);
		TransitionData data = new TransitionData(body);
		List<Map<String, String>> errors = data.check(create.fields()
			.stream()
			.filter(f -> !f.name().equals("findings"))
			.toList());
		if (!errors.isEmpty()) {
			throw LifecycleProblem.invalid(errors);
		}
		List<Finding> resolved = sources.resolve(data.list("findingIds"), data.objects("findings"), caller);
		Recommendation rec = new Recommendation(data.text("title"), data.text("text"), caller.username());
		rec.proposedAddressees = String.join(",", data.list("proposedAddressees"));
		recommendations.saveAndFlush(rec);
		resolved.forEach(finding -> findings.save(new FindingRef(rec.id, finding)));
		audit.append(new AuditEvent(rec.id, null, "create", null, State.DRAFT.name()), caller, role, null,
				rec.snapshot(), null);
		return views.view(rec, caller);
	}

	@Transactional(readOnly = true)
	Map<String, Object> get(long id, Caller caller) {
		return views.view(visible(id, caller), caller);
	}

	/** What the caller may do now: recommendation actions and, per visible assignment, its actions. */
	@Transactional(readOnly = true)
	List<Map<String, Object>> actions(long id, Caller caller) {
		Recommendation rec = visible(id, caller);
		List<Map<String, Object>> result = new ArrayList<>();
		Lifecycle.allowed(Level.RECOMMENDATION, rec.state, null, caller.roles())
			.forEach(t -> result.add(describe(t, null, rec.version)));
		for (Assignment a : assignments.findByRecommendationIdOrderById(rec.id)) {
			if (caller.seesAll() || caller.belongsTo(a.organisationCode)) {
				Lifecycle.allowed(Level.ASSIGNMENT, a.state, a.decision, actingRoles(caller, a))
					.forEach(t -> result.add(describe(t, a.id, a.version)));
			}
		}
		return result;
	}

	@Transactional
	Map<String, Object> transition(long id, String action, Map<String, Object> body, Long ifMatch, Caller caller) {
		Recommendation rec = visible(id, caller);
		Transition transition = known(action, Lifecycle.allowed(Level.RECOMMENDATION, rec.state, null, caller.roles()));
		if (transition.level() == Level.ASSIGNMENT || transition.action().equals("create")) {
			throw LifecycleProblem.illegal(action, rec.state.name(),
					names(Lifecycle.allowed(Level.RECOMMENDATION, rec.state, null, caller.roles())));
		}
		String role = permittedRole(transition, caller);
		if (ifMatch != null && ifMatch != rec.version) {
			throw LifecycleProblem.stale(rec.version);
		}
		if (!transition.allows(rec.state, null)) {
			throw LifecycleProblem.illegal(action, rec.state.name(),
					names(Lifecycle.allowed(Level.RECOMMENDATION, rec.state, null, caller.roles())));
		}
		TransitionData data = checked(transition, body);
		Map<String, Object> before = rec.snapshot();
		State from = rec.state;
		Recommendation created = recommendationEffects.apply(transition, rec, data, caller);
		recommendations.saveAndFlush(rec);
		audit.append(new AuditEvent(rec.id, null, action, from.name(), rec.state.name()), caller, role, before,
				rec.snapshot(), data.text("reason"));
		if (created != null) {
			audit.append(new AuditEvent(created.id, null, "create", null, State.DRAFT.name()), caller, role,
					null, created.snapshot(), "resubmitted from " + rec.id);
		}
		Map<String, Object> view = views.view(rec, caller);
		if (created != null) {
			view.put("createdRecommendationId", created.id);
		}
		return view;
	}

	@Transactional
	Map<String, Object> assignmentTransition(long assignmentId, String action, Map<String, Object> body, Long ifMatch,
			Caller caller) {
		Assignment assignment = visibleAssignment(assignmentId, caller);
		List<Transition> allowed = Lifecycle.allowed(Level.ASSIGNMENT, assignment.state, assignment.decision,
				actingRoles(caller, assignment));
		Transition transition = known(action, allowed);
		if (transition.level() != Level.ASSIGNMENT) {
			throw LifecycleProblem.illegal(action, assignment.state.name(), names(allowed));
		}
		String role = permittedRole(transition, caller);
		if (!transition.permits(actingRoles(caller, assignment))) {
			throw new AccessDeniedException("not an addressee of this assignment");
		}
		if (ifMatch != null && ifMatch != assignment.version) {
			throw LifecycleProblem.stale(assignment.version);
		}
		if (!transition.allows(assignment.state, assignment.decision)) {
			throw LifecycleProblem.illegal(action, assignment.state.name(), names(allowed));
		}
		TransitionData data = checked(transition, body);
		Map<String, Object> before = assignment.snapshot();
		State from = assignment.state;
		assignmentEffects.apply(transition, assignment, data);
		assignments.saveAndFlush(assignment);
		Recommendation rec = recommendations.findById(assignment.recommendationId).orElseThrow();
		closeWhenAllClosed(rec);
		audit.append(new AuditEvent(rec.id, assignment.id, action, from.name(), assignment.state.name()), caller, role,
				before, assignment.snapshot(), data.text("reason"));
		return views.assignment(assignment);
	}

	@Transactional(readOnly = true)
	List<AuditEvent> history(long id, Caller caller) {
		List<AuditEvent> events = audit.history(visible(id, caller).id);
		if (caller.seesAll()) {
			return events;
		}
		java.util.Set<Long> own = new java.util.HashSet<>();
		assignments.findByRecommendationIdOrderById(id)
			.stream()
			.filter(a -> caller.belongsTo(a.organisationCode))
			.forEach(a -> own.add(a.id));
		return events.stream().filter(e -> e.assignmentId == null || own.contains(e.assignmentId)).toList();
	}

	private void closeWhenAllClosed(Recommendation rec) {
		if (rec.state == State.ROUTED && RecommendationViews.shownState(rec,
				assignments.findByRecommendationIdOrderById(rec.id)) == State.CLOSED) {
			rec.state = State.CLOSED;
			recommendations.saveAndFlush(rec);
		}
	}

	Recommendation visible(long id, Caller caller) {
		Recommendation rec = recommendations.findById(id).orElseThrow(() -> LifecycleProblem.notFound("recommendation", id));
		if (!caller.seesAll() && assignments.findByRecommendationIdOrderById(id)
			.stream()
			.noneMatch(a -> caller.belongsTo(a.organisationCode))) {
			throw LifecycleProblem.notFound("recommendation", id);
		}
		return rec;
	}

	private Assignment visibleAssignment(long id, Caller caller) {
		return assignments.findById(id)
			.filter(a -> caller.seesAll() || caller.belongsTo(a.organisationCode))
			.orElseThrow(() -> LifecycleProblem.notFound("assignment", id));
	}

	/** Addressee roles count for an assignment only when the caller answers for its organisation. */
	private static java.util.Set<Role> actingRoles(Caller caller, Assignment assignment) {
		java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
		roles.addAll(caller.roles());
		if (!caller.belongsTo(assignment.organisationCode)) {
			roles.removeAll(Transition.ADDRESSEE_ROLES);
		}
		return roles;
	}

	private static String permittedRole(Transition transition, Caller caller) {
		return caller.roles()
			.stream()
			.filter(transition.roles()::contains)
			.findFirst()
			.map(Role::name)
			.orElseThrow(() -> new AccessDeniedException("role may not " + transition.action()));
	}

	private static Transition known(String action, List<Transition> allowed) {
		return Lifecycle.find(action == null ? "" : action)
			.orElseThrow(() -> LifecycleProblem.unknownAction(action, names(allowed)));
	}

	private static TransitionData checked(Transition transition, Map<String, Object> body) {
		TransitionData data = new TransitionData(body);
		List<Map<String, String>> errors = data.check(transition.fields());
		if (!errors.isEmpty()) {
			throw LifecycleProblem.invalid(errors);
		}
		return data;
	}

	private static List<String> names(List<Transition> transitions) {
		return transitions.stream().map(Transition::action).toList();
	}

	private static Map<String, Object> describe(Transition transition, Long assignmentId, long version) {
		Map<String, Object> action = new LinkedHashMap<>();
		action.put("action", transition.action());
		action.put("transition", transition.number());
		action.put("target", assignmentId == null ? "recommendation" : "assignment");
		action.put("assignmentId", assignmentId);
		action.put("version", version);
		action.put("to", transition.to() == null ? null : transition.to().name());
		action.put("fields", transition.fields());
		return action;
	}

}
