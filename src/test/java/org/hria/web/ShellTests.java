package org.hria.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ShellTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void pagesAreKoreanByDefault() throws Exception {
		mvc.perform(get("/").with(user("d").roles("DRAFTER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ko\"")))
			.andExpect(content().string(containsString("본문 바로가기")));
	}

	@Test
	void langParameterAndAcceptLanguageSwitchToEnglish() throws Exception {
		mvc.perform(get("/").param("lang", "en").with(user("d").roles("DRAFTER")))
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("Skip to content")));
		mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9").with(user("d").roles("DRAFTER")))
			.andExpect(content().string(containsString("<html lang=\"en\"")));
		mvc.perform(get("/").header("Accept-Language", "fr-FR").with(user("d").roles("DRAFTER")))
			.andExpect(content().string(containsString("<html lang=\"ko\"")));
	}

	@Test
	void navigationShowsOnlyWhatTheRoleMayUse() throws Exception {
		mvc.perform(get("/").with(user("d").roles("DRAFTER")))
			.andExpect(content().string(containsString("href=\"/rules\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/admin/users\""))));
		mvc.perform(get("/").with(user("a").roles("SYSTEM_ADMIN")))
			.andExpect(content().string(containsString("href=\"/admin/users\"")));
	}

	@Test
	void anonymousBrowsersAreSentToTheLoginPage() throws Exception {
		mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("<label for=\"username\"")));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/css/hria.css")).andExpect(status().isOk());
	}

	@Test
	void publishedRecommendationsNeedNoLoginButNothingElsePublicDoes() throws Exception {
		mvc.perform(get("/public/recommendations")).andExpect(status().isOk());
		mvc.perform(get("/public/api/recommendations")).andExpect(status().isOk());
		mvc.perform(get("/api/recommendations")).andExpect(status().isUnauthorized());
	}

	@Test
	void openApiIsServedToSignedInUsers() throws Exception {
		mvc.perform(get("/v3/api-docs").with(user("d").roles("DRAFTER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/rules']").exists());
		mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
	}

	@Test
	void anUnknownRecordIsA404ProblemDetail() throws Exception {
		mvc.perform(get("/api/demo/evaluations/987654").with(user("d").roles("DRAFTER")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("There is no demo evaluation 987654."));
	}

}
