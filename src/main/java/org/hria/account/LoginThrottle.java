package org.hria.account;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated failed logins. The count lives in the database, so
 * every instance sharing it sees the same lock.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final UserAccountRepository users;

	private final AccountProperties properties;

	LoginThrottle(UserAccountRepository users, AccountProperties properties) {
		this.users = users;
		this.properties = properties;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		users.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
			account.recordFailedLogin(properties.maxFailures(), properties.lockFor(), Instant.now());
			if (account.getLockedUntil() != null && account.isLockedAt(Instant.now())) {
				log.warn("Account '{}' locked until {} after {} failed logins", account.getUsername(),
						account.getLockedUntil(), properties.maxFailures());
			}
		});
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		users.findByUsername(event.getAuthentication().getName()).ifPresent(UserAccount::recordSuccessfulLogin);
	}

}
