package org.hria.account;

import java.time.Instant;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	AccountUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.authorities(account.getRoles().stream().map(Role::authority).toArray(String[]::new))
			.disabled(!account.isEnabled())
			.accountLocked(account.isLockedAt(Instant.now()))
			.build();
	}

}
