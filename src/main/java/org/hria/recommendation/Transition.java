package org.hria.recommendation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.hria.account.Role;

/**
 * One row of the lifecycle table (spec 1.2): from which states an action leads where, who may take
 * it and what it must record. {@code to} is null when the state does not change. {@code decisions}
 * narrows an assignment action to responses with one of these decisions (empty: any).
 */
record Transition(int number, String action, Level level, Set<State> from, State to, Set<Role> roles,
		List<FieldSpec> fields, Set<String> decisions) {

	/** Roles that act for their own organisation only. */
	static final Set<Role> ADDRESSEE_ROLES = EnumSet.of(Role.ADDRESSEE_CONTACT, Role.ENTERPRISE_SELF_ASSESSOR,
			Role.OMBUDSPERSON);

	boolean allows(State state, String decision) {
		return from.contains(state) && (decisions.isEmpty() || decisions.contains(decision));
	}

	boolean permits(Set<Role> callerRoles) {
		return callerRoles.stream().anyMatch(roles::contains);
	}

	State target(State current) {
		return to == null ? current : to;
	}

}
