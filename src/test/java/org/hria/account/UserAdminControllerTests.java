package org.hria.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
class UserAdminControllerTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void theAdminCreatesAUserWhoCanThenSignInWithHttpBasic() throws Exception {
		create("drafter-a", "a-long-password", "[\"DRAFTER\",\"INSPECTOR\"]").andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value("drafter-a"))
			.andExpect(jsonPath("$.roles.length()").value(2))
			.andExpect(jsonPath("$.password").doesNotExist());
		mvc.perform(get("/api/rules").with(httpBasic("drafter-a", "a-long-password"))).andExpect(status().isOk());
	}

	@Test
	void aTakenUserNameAnswers409() throws Exception {
		create("taken", "a-long-password", "[\"DRAFTER\"]").andExpect(status().isCreated());
		create("taken", "another-password", "[\"INSPECTOR\"]").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The user name 'taken' is already taken. Choose another one."));
	}

	@Test
	void theAdminGivesAnAddresseeAnEmailAddressForRemindersAndAMalformedOneIsRefused() throws Exception {
		mvc.perform(post("/api/admin/users").with(csrf())
			.with(user("admin").roles("SYSTEM_ADMIN"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"contact-b","password":"a-long-password","displayName":"Contact",
					"roles":["ADDRESSEE_CONTACT"],"email":"contact@bukgu.example.kr"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.email").value("contact@bukgu.example.kr"));
		mvc.perform(post("/api/admin/users").with(csrf())
			.with(user("admin").roles("SYSTEM_ADMIN"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"contact-c","password":"a-long-password","displayName":"Contact",
					"roles":["ADDRESSEE_CONTACT"],"email":"not an address"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
	}

	@Test
	void aShortPasswordOrUnknownRoleIsABadRequestThatNamesTheField() throws Exception {
		create("shorty", "short", "[\"DRAFTER\"]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		create("roleless", "a-long-password", "[\"KING\"]").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aDrafterCallingAnAdminEndpointGets403() throws Exception {
		mvc.perform(post("/api/admin/users").with(csrf())
			.with(user("d").roles("DRAFTER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/admin/users").with(user("d").roles("DRAFTER"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/admin/users").with(user("lead").roles("BUREAU_LEAD"))).andExpect(status().isForbidden());
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/admin/users").with(user("admin").roles("SYSTEM_ADMIN")).param("username", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theUsersPageCreatesAUserFromTheForm() throws Exception {
		mvc.perform(post("/admin/users").with(csrf())
			.with(user("admin").roles("SYSTEM_ADMIN"))
			.param("username", "from-form")
			.param("displayName", "Form User")
			.param("password", "a-long-password")
			.param("roles", "AUDITOR"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/admin/users").with(user("admin").roles("SYSTEM_ADMIN")))
			.andExpect(jsonPath("$[?(@.username == 'from-form')].roles[0]").value("AUDITOR"));
	}

	private org.springframework.test.web.servlet.ResultActions create(String username, String password, String roles)
			throws Exception {
		return mvc.perform(post("/api/admin/users").with(csrf())
			.with(user("admin").roles("SYSTEM_ADMIN"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","password":"%s","displayName":"Someone","roles":%s}""".formatted(username, password,
					roles)));
	}

}
