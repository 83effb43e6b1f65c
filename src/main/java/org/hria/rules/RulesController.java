package org.hria.rules;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rule catalogue for any signed-in user. */
@RestController
@RequestMapping("/api/rules")
class RulesController {

	private final RuleEngine engine;

	RulesController(RuleEngine engine) {
		this.engine = engine;
	}

	@GetMapping
	List<RuleInfo> list(@RequestParam(required = false) String domain) {
		RuleSet rules = engine.current();
		return domain == null || domain.isBlank() ? rules.catalogue() : rules.catalogue(domain);
	}

}
