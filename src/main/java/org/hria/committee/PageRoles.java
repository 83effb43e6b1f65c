package org.hria.committee;

import java.util.List;

import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;

/** What the signed-in user may do on the meeting pages, and how a refused form is shown. */
final class PageRoles {

	private PageRoles() {
	}

	static boolean manages(Authentication user) {
		return has(user, "ROLE_COMMITTEE_SECRETARY");
	}

	static boolean schedules(Authentication user) {
		return has(user, "ROLE_COMMITTEE_SECRETARY") || has(user, "ROLE_BUREAU_OFFICER")
				|| has(user, "ROLE_BUREAU_LEAD");
	}

	/** Puts the problem's detail and field errors in the model; {@code itemId}: the form they belong to. */
	static void problem(Model model, ErrorResponseException ex, Long itemId) {
		ProblemDetail body = ex.getBody();
		model.addAttribute("problem", body.getDetail());
		Object errors = body.getProperties() == null ? null : body.getProperties().get("errors");
		model.addAttribute("problemErrors", errors instanceof List<?> list ? list : List.of());
		model.addAttribute("problemItem", itemId);
	}

	private static boolean has(Authentication user, String authority) {
		return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
	}

}
