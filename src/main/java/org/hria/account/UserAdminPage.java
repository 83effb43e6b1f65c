package org.hria.account;

import java.util.EnumSet;
import java.util.Set;

import org.hria.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/** The admin's page for accounts: list them, create one with its roles. */
@Controller
@RequestMapping("/admin/users")
class UserAdminPage {

	private final AccountService accounts;

	UserAdminPage(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new UserForm());
		}
		model.addAttribute("users", accounts.all());
		model.addAttribute("allRoles", Role.values());
		return "admin/users";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				accounts.create(form.toNewUser());
				redirect.addFlashAttribute("created", form.getUsername());
				return "redirect:/admin/users";
			}
			catch (ErrorResponseException ex) {
				binding.rejectValue("username", "taken", ex.getBody().getDetail());
			}
		}
		model.addAttribute("users", accounts.all());
		model.addAttribute("allRoles", Role.values());
		return "admin/users";
	}

	@Bean
	static NavItem userAdminNavigation() {
		return new NavItem(90, "/admin/users", "nav.admin.users", Set.of(Role.SYSTEM_ADMIN.name()));
	}

	/** The form's fields, validated like the API's {@link NewUser}. */
	static class UserForm {

		@jakarta.validation.constraints.NotBlank
		@jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9._@-]*",
				message = "may contain only letters, digits and . _ @ -")
		private String username;

		@jakarta.validation.constraints.Size(min = 8, max = 200, message = "must be 8 to 200 characters long")
		private String password;

		@jakarta.validation.constraints.NotBlank
		private String displayName;

		@jakarta.validation.constraints.Email
		private String email;

		@jakarta.validation.constraints.NotEmpty(message = "choose at least one role")
		private Set<Role> roles = EnumSet.noneOf(Role.class);

		NewUser toNewUser() {
			return new NewUser(username, password, displayName, roles, email);
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public Set<Role> getRoles() {
			return roles;
		}

		public void setRoles(Set<Role> roles) {
			this.roles = roles;
		}

	}

}
