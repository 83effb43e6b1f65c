package org.hria.recommendation;

import java.util.EnumSet;
import java.util.Set;

import org.hria.account.Role;

/** Who is acting: user name, roles and the organisations they answer for. */
record Caller(String username, Set<Role> roles, Set<String> organisations) {

	/** Internal roles see every recommendation of the city; addressee roles only their own. */
	private static final Set<Role> SEE_ALL = EnumSet.of(Role.DRAFTER, Role.INSPECTOR, Role.BUREAU_OFFICER,
			Role.BUREAU_LEAD, Role.COMMITTEE_MEMBER, Role.COMMITTEE_SECRETARY, Role.OMBUDSPERSON, Role.AUDITOR);

	boolean seesAll() {
		return roles.stream().anyMatch(SEE_ALL::contains);
	}

	boolean belongsTo(String organisation) {
		return organisations.contains(organisation);
	}

	/** The caller as a finding source sees it. */
	FindingLookup.Viewer viewer() {
		return new FindingLookup.Viewer(username,
				roles.stream().map(Role::authority).collect(java.util.stream.Collectors.toUnmodifiableSet()));
	}

}
