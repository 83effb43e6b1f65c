package org.hria.recommendation;

import static org.hria.recommendation.FieldSpec.Kind.DATE;
import static org.hria.recommendation.FieldSpec.Kind.ID;
import static org.hria.recommendation.FieldSpec.Kind.IDS_OR_COUNT;
import static org.hria.recommendation.FieldSpec.Kind.INTEGER;
import static org.hria.recommendation.FieldSpec.Kind.LIST;
import static org.hria.recommendation.FieldSpec.Kind.OBJECTS;
import static org.hria.recommendation.FieldSpec.Kind.TEXT;
import static org.hria.recommendation.FieldSpec.code;
import static org.hria.recommendation.FieldSpec.objectsMayBeEmpty;
import static org.hria.recommendation.FieldSpec.optional;
import static org.hria.recommendation.FieldSpec.required;
import static org.hria.recommendation.State.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hria.account.Role;

/** The whole state machine of spec 1.2 as one table: 23 transitions, 26 actions. */
final class Lifecycle {

	private static final Set<Role> OFFICER = EnumSet.of(Role.BUREAU_OFFICER, Role.BUREAU_LEAD);

	private static final Set<Role> LEAD = EnumSet.of(Role.BUREAU_LEAD);

	private static final Set<Role> SECRETARY = EnumSet.of(Role.COMMITTEE_SECRETARY);

	private static final Set<Role> ADDRESSEE = Transition.ADDRESSEE_ROLES;

	static final Set<State> OPEN = EnumSet.of(DRAFT, TRIAGED, ON_AGENDA, ADOPTED, ROUTED);

	static final String[] DECISIONS = { "ACCEPTED", "PARTIALLY_ACCEPTED", "NOT_ACCEPTED" };

	static final List<Transition> TABLE = List.of(
			rec(1, "create", Set.of(), DRAFT, EnumSet.of(Role.BUREAU_OFFICER, Role.BUREAU_LEAD, Role.OMBUDSPERSON),
					required("title", TEXT), required("text", TEXT), required("findings", OBJECTS),
					optional("proposedAddressees", LIST)),
			rec(2, "triage", Set.of(DRAFT), TRIAGED, OFFICER, required("themes", LIST), required("targetGroups", LIST),
					optional("sdgTargets", LIST), code("priority", false, "P1", "P2", "P3"), optional("priorityReason", TEXT),
					required("proposedAddressees", LIST), required("deadlineRuleId", TEXT),
					optional("reachPeople", INTEGER), optional("eventDate", DATE), optional("eventName", TEXT)),
			rec(3, "merge", Set.of(DRAFT, TRIAGED), MERGED, OFFICER, required("survivorId", ID)),
			rec(4, "dismiss", Set.of(DRAFT, TRIAGED), DISMISSED, OFFICER,
					code("reasonCode", true, "FALSE_POSITIVE", "OUT_OF_COMPETENCE", "ALREADY_ADDRESSED", "ADVISORY_ONLY",
							"OTHER"),
					required("reason", TEXT)),
			rec(5, "reopen", Set.of(MERGED, DISMISSED), DRAFT, LEAD, required("reason", TEXT)),
			rec(6, "schedule", Set.of(TRIAGED), ON_AGENDA, EnumSet.of(Role.BUREAU_OFFICER, Role.BUREAU_LEAD,
					Role.COMMITTEE_SECRETARY), required("meetingId", ID)),
			rec(7, "defer", Set.of(ON_AGENDA), TRIAGED, SECRETARY, required("meetingId", ID), required("reason", TEXT)),
			rec(8, "adopt", Set.of(ON_AGENDA), ADOPTED, SECRETARY, required("meetingId", ID),
					required("decisionDate", DATE), required("votesFor", INTEGER), required("votesAgainst", INTEGER),
					required("abstentions", INTEGER), required("membersPresent", IDS_OR_COUNT), objectsMayBeEmpty("recusals"),
					required("adoptedText", TEXT), required("addressees", LIST)),
			rec(9, "reject", Set.of(ON_AGENDA), REJECTED, SECRETARY, required("meetingId", ID),
					required("decisionDate", DATE), required("votesFor", INTEGER), required("votesAgainst", INTEGER),
					required("abstentions", INTEGER), required("reason", TEXT), optional("membersPresent", IDS_OR_COUNT),
					optional("recusals", OBJECTS)),
			rec(10, "resubmit", Set.of(REJECTED), null, OFFICER, optional("title", TEXT), optional("text", TEXT)),
			rec(11, "route", Set.of(ADOPTED), ROUTED, OFFICER, required("assignments", OBJECTS)),
			asg(12, "acknowledge", Set.of(ROUTED), RESPONSE_DUE, union(ADDRESSEE, OFFICER),
					required("receivedDate", DATE)),
			asg(13, "extend", Set.of(RESPONSE_DUE), null, LEAD, required("newDueDate", DATE), required("reason", TEXT)),
			asg(14, "respond", Set.of(RESPONSE_DUE), RESPONDED, ADDRESSEE, code("decision", true, DECISIONS),
					optional("reasonCodes", LIST), optional("reason", TEXT), optional("publicReason", TEXT),
					optional("measures", OBJECTS), optional("acceptedParts", TEXT), optional("respondedDate", DATE)),
			asg(15, "return_response", Set.of(RESPONDED), RESPONSE_DUE, OFFICER, required("reason", TEXT)),
			decided(16, "start_implementation", RESPONDED, IN_IMPLEMENTATION, OFFICER,
					Set.of("ACCEPTED", "PARTIALLY_ACCEPTED"), required("reviewNote", TEXT)),
			decided(17, "close_not_accepted", RESPONDED, CLOSED, LEAD, Set.of("NOT_ACCEPTED"),
					required("meetingId", ID), code("outcome", true, "REASONS_ACCEPTED", "REITERATED_AND_PUBLISHED"),
					optional("publicationDate", DATE)),
			asg(18, "report_progress", Set.of(IN_IMPLEMENTATION), null, ADDRESSEE, required("measureId", ID),
					required("text", TEXT), required("percent", INTEGER), optional("evidence", OBJECTS)),
			asg(18, "add_measure", Set.of(IN_IMPLEMENTATION), null, ADDRESSEE, required("description", TEXT),
					code("kind", true, "TEMPORARY", "PERMANENT"), required("responsibleUnit", TEXT),
					required("targetDate", DATE)),
			asg(18, "change_target_date", Set.of(IN_IMPLEMENTATION), null, ADDRESSEE, required("measureId", ID),
					required("targetDate", DATE), required("reason", TEXT)),
			asg(18, "drop_measure", Set.of(IN_IMPLEMENTATION), null, ADDRESSEE, required("measureId", ID),
					required("reason", TEXT)),
			asg(19, "declare_implemented", Set.of(IN_IMPLEMENTATION), IMPLEMENTED, ADDRESSEE,
					optional("implementedDate", DATE)),
			asg(20, "verify", Set.of(IMPLEMENTED), VERIFIED, OFFICER,
					code("method", true, "RESURVEY", "DOCUMENT_REVIEW", "SITE_VISIT", "ORDINANCE_TEXT_CHECK"),
					code("result", true, "PASS"), required("evidence", OBJECTS), optional("rulesRechecked", LIST),
					optional("verifiedDate", DATE)),
			asg(21, "fail_verification", Set.of(IMPLEMENTED), IN_IMPLEMENTATION, OFFICER,
					required("failingFindings", LIST), required("reason", TEXT)),
			asg(22, "close", Set.of(VERIFIED), CLOSED, OFFICER,
					code("outcome", true, "IMPLEMENTED_VERIFIED", "PARTIAL_IMPLEMENTED"), required("note", TEXT),
					optional("closedDate", DATE)),
			rec(23, "withdraw", OPEN, CLOSED, LEAD, required("meetingId", ID), required("reason", TEXT)));

	private Lifecycle() {
	}

	static Optional<Transition> find(String action) {
		return TABLE.stream().filter(t -> t.action().equals(action)).findFirst();
	}

	/** The actions of a level the caller's roles may take from this state (and response decision). */
	static List<Transition> allowed(Level level, State state, String decision, Set<Role> roles) {
		return TABLE.stream()
			.filter(t -> t.level() == level && t.allows(state, decision) && t.permits(roles))
			.toList();
	}

	private static Transition rec(int number, String action, Set<State> from, State to, Set<Role> roles,
			FieldSpec... fields) {
		return new Transition(number, action, Level.RECOMMENDATION, from, to, roles, List.of(fields), Set.of());
	}

	private static Transition asg(int number, String action, Set<State> from, State to, Set<Role> roles,
			FieldSpec... fields) {
		return new Transition(number, action, Level.ASSIGNMENT, from, to, roles, List.of(fields), Set.of());
	}

	private static Transition decided(int number, String action, State from, State to, Set<Role> roles,
			Set<String> decisions, FieldSpec... fields) {
		return new Transition(number, action, Level.ASSIGNMENT, Set.of(from), to, roles, List.of(fields), decisions);
	}

	private static Set<Role> union(Set<Role> a, Set<Role> b) {
		Set<Role> all = EnumSet.copyOf(a);
		all.addAll(b);
		return all;
	}

}
