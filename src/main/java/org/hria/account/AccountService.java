package org.hria.account;

import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and lists user accounts. */
@Service
class AccountService {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional
	UserAccount create(NewUser user) {
		if (users.existsByUsername(user.username())) {
			throw new UsernameTakenException(user.username());
		}
		return users.save(new UserAccount(user.username(), passwordEncoder.encode(user.password()),
				user.displayName(), user.roles()).withEmail(user.email()));
	}

	@Transactional(readOnly = true)
	List<UserAccount> all() {
		return users.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	boolean none() {
		return users.count() == 0;
	}

}
