package org.hria.recommendation;

import java.util.Set;

import org.hria.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page of published recommendations (open without login once SecurityConfig permits /public/**). */
@Controller
class PublicPages {

	private final Publication publication;

	PublicPages(Publication publication) {
		this.publication = publication;
	}

	@GetMapping("/public/recommendations")
	String published(Model model) {
		model.addAttribute("items", publication.published());
		return "recommendations/public";
	}

	@Bean
	static NavItem publicRecommendationsNavItem() {
		return new NavItem(60, "/public/recommendations", "nav.recommendations.public", Set.of());
	}

}
