package org.hria.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hria.account.Role;
import org.hria.web.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A drafter pastes a draft, sees its findings highlighted, uploads a new version and sees what it resolved. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrdinanceBrowserTests {

	private static final String DRAFT = "제5조(이용 대상) 센터는 대한민국 국적을 가진 사람으로서 시에 주민등록을 둔 사람만 이용할 수 있다.";

	private static final String AMENDED = "제5조(이용 대상) 센터는 누구나 이용할 수 있다.";

	@LocalServerPort
	private int port;

	@Autowired
	private TestUsers users;

	@TempDir
	Path files;

	@Test
	void aDrafterSeesHighlightedFindingsAndWhatANewVersionResolved() throws Exception {
		users.ensure("bt-drafter", "bt-drafter-password", Set.of(Role.DRAFTER));
		List<String> violations = new ArrayList<>();
		try (Browser browser = Browser.open(port)) {
			browser.signIn("bt-drafter", "bt-drafter-password");
			browser.go("/ordinance-reviews?lang=en");
			violations.addAll(browser.seriousAccessibilityViolations());
			browser.driver().findElement(By.id("title")).sendKeys("Centre use ordinance (browser test)");
			browser.driver().findElement(By.id("text")).sendKeys(DRAFT);
			browser.clickAndWaitForNextPage(By.cssSelector("form[action$='/ordinance-reviews'] button[type=submit]"));

			assertThat(browser.driver().findElements(By.tagName("mark"))).as("highlighted passages").isNotEmpty();
			assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("ORD-DISC-001", "대한민국 국적");
			violations.addAll(browser.seriousAccessibilityViolations());

			Path amended = files.resolve("centre-use-v2.txt");
			Files.writeString(amended, AMENDED);
			browser.driver().findElement(By.id("version-file")).sendKeys(amended.toAbsolutePath().toString());
			browser.clickAndWaitForNextPage(By.cssSelector("form[aria-labelledby=version-heading] button[type=submit]"));

			String page = browser.driver().findElement(By.tagName("main")).getText();
			assertThat(page).contains("Changes since the previous version").containsPattern("Resolved: ORD-DISC-001");
			violations.addAll(browser.seriousAccessibilityViolations());
		}
		assertThat(violations).as("serious or critical axe-core violations").isEmpty();
	}

}
