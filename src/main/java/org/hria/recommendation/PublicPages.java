package org.hria.recommendation;

import java.util.List;
import java.util.Map;
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
		List<Map<String, Object>> items = publication.published();
		model.addAttribute("items", items);
		model.addAttribute("stats", PublicStats.of(items));
		return "recommendations/public";
	}

	@Bean
	static NavItem publicRecommendationsNavItem() {
		return new NavItem(60, "/public/recommendations", "nav.recommendations.public", Set.of());
	}

}
