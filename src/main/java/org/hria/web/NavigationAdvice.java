package org.hria.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;

/** Puts the navigation the current user may use into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

	private final List<NavItem> items;

	NavigationAdvice(List<NavItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
	}

	@ModelAttribute("currentUser")
	String currentUser() {
		Authentication user = signedIn();
		return user == null ? null : user.getName();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("navigation")
	List<NavItem> navigation() {
		Authentication user = signedIn();
		if (user == null) {
			return List.of();
		}
		Set<String> roles = user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.map(authority -> authority.startsWith("ROLE_") ? authority.substring("ROLE_".length()) : authority)
			.collect(Collectors.toSet());
		return items.stream()
			.filter(item -> item.roles().isEmpty() || item.roles().stream().anyMatch(roles::contains))
			.toList();
	}

	private static Authentication signedIn() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken ? null : user;
	}

}
