package org.hria.account;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the admin gives to create a user; the e-mail address (optional) receives reminders. */
record NewUser(
		@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+",
				message = "may contain only letters, digits and . _ @ -") String username,
		@NotBlank @Size(min = 8, max = 200, message = "must be 8 to 200 characters long") String password,
		@NotBlank @Size(max = 200) String displayName, @NotEmpty Set<Role> roles,
		@Email @Size(max = 320) String email) {

	/** Without an e-mail address: the user gets no reminder e-mails. */
	NewUser(String username, String password, String displayName, Set<Role> roles) {
		this(username, password, displayName, roles, null);
	}

}
