package org.hria.recommendation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.hria.account.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Turns the signed-in user into a {@link Caller} with roles and organisations. */
@Component
class Callers {

	private final Organisations organisations;

	Callers(Organisations organisations) {
		this.organisations = organisations;
	}

	Caller of(Authentication authentication) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			Arrays.stream(Role.values())
				.filter(role -> role.authority().equals(authority.getAuthority()))
				.forEach(roles::add);
		}
		return new Caller(authentication.getName(), roles, organisations.of(authentication.getName()));
	}

}
