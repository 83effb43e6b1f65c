package org.hria.account;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin's API for accounts (SYSTEM_ADMIN only, see the security configuration). */
@RestController
@RequestMapping("/api/admin/users")
class UserAdminController {

	private final AccountService accounts;

	UserAdminController(AccountService accounts) {
		this.accounts = accounts;
	}

	@PostMapping
	ResponseEntity<UserView> create(@Valid @RequestBody NewUser user) {
		UserView created = UserView.of(accounts.create(user));
		return ResponseEntity.created(URI.create("/api/admin/users/" + created.id())).body(created);
	}

	@GetMapping
	List<UserView> list() {
		return accounts.all().stream().map(UserView::of).toList();
	}

	record UserView(Long id, String username, String displayName, String email, Set<Role> roles, boolean enabled,
			Instant createdAt) {

		static UserView of(UserAccount account) {
			return new UserView(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
					account.getRoles(), account.isEnabled(), account.getCreatedAt());
		}

	}

}
