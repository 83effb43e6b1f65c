package org.hria.rules;

import java.io.IOException;
import java.security.Principal;
import java.util.Set;

import org.hria.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue page for everyone, and the rule-files page for SYSTEM_ADMIN and BUREAU_LEAD. */
@Controller
class RulePages {

	private final RuleEngine engine;

	RulePages(RuleEngine engine) {
		this.engine = engine;
	}

	@GetMapping("/rules")
	String catalogue(Model model) {
		model.addAttribute("ruleSet", engine.current());
		return "rules/catalogue";
	}

	@GetMapping("/admin/rules")
	String files(Model model) {
		model.addAttribute("files", new java.util.TreeMap<>(engine.current().fileChecksums()));
		model.addAttribute("activations", engine.recentActivations(50));
		return "rules/files";
	}

	@PostMapping("/admin/rules")
	String upload(@RequestParam String path, @RequestParam MultipartFile file, Principal user,
			RedirectAttributes redirect) throws IOException {
		return activate(() -> engine.upload(path.strip(), file.getBytes(), user.getName()), redirect);
	}

	@PostMapping("/admin/rules/reload")
	String reload(Principal user, RedirectAttributes redirect) {
		return activate(() -> engine.reload(user.getName()), redirect);
	}

	private String activate(Activation activation, RedirectAttributes redirect) {
		try {
			RuleEngine.ReloadResult result = activation.run();
			redirect.addFlashAttribute("activated", result);
		}
		catch (RuleCompilationException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		catch (org.springframework.web.ErrorResponseException ex) {
			redirect.addFlashAttribute("invalid", ex.getBody().getDetail());
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("invalid", ex.getMessage());
		}
		return "redirect:/admin/rules";
	}

	@Bean
	static NavItem ruleCatalogueNavigation() {
		return new NavItem(80, "/rules", "nav.rules", Set.of());
	}

	@Bean
	static NavItem ruleFilesNavigation() {
		return new NavItem(85, "/admin/rules", "nav.admin.rules", Set.of("SYSTEM_ADMIN", "BUREAU_LEAD"));
	}

	@FunctionalInterface
	private interface Activation {

		RuleEngine.ReloadResult run() throws IOException;

	}

}
