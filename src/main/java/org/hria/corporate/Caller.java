package org.hria.corporate;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is calling: the Bureau (and auditors, administrators) see every enterprise; a self-assessor only its own. */
record Caller(String username, boolean bureau, boolean officer) {

	private static final Set<String> SEE_ALL = Set.of("ROLE_BUREAU_OFFICER", "ROLE_BUREAU_LEAD", "ROLE_SYSTEM_ADMIN",
			"ROLE_AUDITOR");

	static Caller of(Authentication authentication) {
		Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.collect(java.util.stream.Collectors.toSet());
		return new Caller(authentication.getName(), roles.stream().anyMatch(SEE_ALL::contains),
				roles.contains("ROLE_BUREAU_OFFICER"));
	}

}
