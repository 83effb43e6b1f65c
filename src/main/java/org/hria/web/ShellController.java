package org.hria.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home and login pages of the shell. */
@Controller
class ShellController {

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@Bean
	static NavItem homeNavigation() {
		return new NavItem(0, "/", "nav.home", Set.of());
	}

}
