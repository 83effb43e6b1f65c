package org.hria.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database, creates the one SYSTEM_ADMIN. There is no built-in
 * password: it comes from HRIA_ADMIN_PASSWORD, or is generated and printed once.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AccountService accounts;

	private final String username;

	private final String password;

	AdminBootstrap(AccountService accounts, @Value("${HRIA_ADMIN_USERNAME:admin}") String username,
			@Value("${HRIA_ADMIN_PASSWORD:}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!accounts.none()) {
			return;
		}
		boolean generated = password.isBlank();
		String initial = generated ? randomPassword() : password;
		accounts.create(new NewUser(username, initial, "System administrator", Set.of(Role.SYSTEM_ADMIN)));
		if (generated) {
			log.warn("""

					*** First start: created the administrator '{}' with the generated password: {}
					*** It is shown only this once. Sign in and create named accounts; set HRIA_ADMIN_PASSWORD to choose it yourself.
					""", username, initial);
		}
		else {
			log.info("First start: created the administrator '{}' with the password from HRIA_ADMIN_PASSWORD.", username);
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
