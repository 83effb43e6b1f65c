package org.hria.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hria.account.Role;
import org.hria.web.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person signs in, switches language and finds every shell page free of serious accessibility problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShellBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private TestUsers users;

	@Test
	void anAdminSignsInSwitchesLanguageAndThePagesPassAxe() throws Exception {
		users.ensure("browser-admin", "browser-admin-password", Set.of(Role.SYSTEM_ADMIN, Role.BUREAU_LEAD));
		List<String> violations = new ArrayList<>();
		try (Browser browser = Browser.open(port)) {
			browser.go("/login");
			assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
			violations.addAll(browser.seriousAccessibilityViolations());

			browser.signIn("browser-admin", "browser-admin-password");
			assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("hria에 오신 것을 환영합니다");
			violations.addAll(browser.seriousAccessibilityViolations());

			browser.clickAndWaitForNextPage(By.cssSelector("a[hreflang=en]"));
			assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
			assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Welcome to hria");
			violations.addAll(browser.seriousAccessibilityViolations());

			for (String page : List.of("/rules", "/admin/rules", "/admin/users")) {
				browser.go(page);
				assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
					.as("the language chosen stays for %s", page)
					.isEqualTo("en");
				violations.addAll(browser.seriousAccessibilityViolations());
			}
		}
		assertThat(violations).as("serious or critical axe-core violations").isEmpty();
	}

	@Test
	void theAccessibilityCheckReallyReportsAViolation() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.driver().get("data:text/html,<html><head><title>t</title></head><body><main><img src='x.png'></main></body></html>");
			assertThat(browser.seriousAccessibilityViolations()).anySatisfy(line -> assertThat(line).contains("image-alt"));
		}
	}

}
