package org.hria.web;

import java.util.Set;

import org.hria.account.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates users for tests that sign in for real (HTTP Basic, the login form, a browser). */
@Component
public class TestUsers {

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwords;

	TestUsers(JdbcTemplate jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	public void ensure(String username, String password, Set<Role> roles) {
		Integer existing = jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class,
				username);
		if (existing != null && existing > 0) {
			return;
		}
		jdbc.update("insert into user_account (username, password_hash, display_name, enabled, failed_logins, created_at)"
				+ " values (?, ?, ?, true, 0, current_timestamp)", username, passwords.encode(password), username);
		Long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
		roles.forEach(role -> jdbc.update("insert into user_role (user_id, role) values (?, ?)", id, role.name()));
	}

}
