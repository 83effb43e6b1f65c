package org.hria.corporate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A self-assessor belongs to one enterprise: it uploads, sees and changes only that enterprise's assessments. */
@SpringBootTest
@AutoConfigureMockMvc
class SelfAssessorAccessTests {

	private static final RequestPostProcessor OFFICER = user("officer").roles("BUREAU_OFFICER");

	private static final RequestPostProcessor ALICE = user("alice-sa").roles("ENTERPRISE_SELF_ASSESSOR");

	private static final RequestPostProcessor BOB = user("bob-sa").roles("ENTERPRISE_SELF_ASSESSOR");

	@Autowired
	private MockMvc mvc;

	@Test
	void aSelfAssessorUploadsAndSeesOnlyItsOwnEnterprise() throws Exception {
		register("SA-ONE", "alice-sa");
		register("SA-TWO", "bob-sa");
		String own = CorporateApiTests.workedExample("SA-ONE", 2026);
		String location = mvc.perform(post("/api/corporate-assessments").with(ALICE).with(csrf()).contentType("text/csv").content(own))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.enterpriseAdded").value(false))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get(location).with(ALICE)).andExpect(status().isOk());
		mvc.perform(get(location).with(BOB)).andExpect(status().isNotFound());
		mvc.perform(get(location).with(OFFICER)).andExpect(status().isOk());
		mvc.perform(post("/api/corporate-assessments").with(BOB).with(csrf()).contentType("text/csv").content(own))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/corporate-assessments").with(ALICE).with(csrf()).contentType("text/csv").content(own))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.replaced").value(true));
	}

	@Test
	void aSelfAssessorCannotAddAnEnterpriseOrLinkMembers() throws Exception {
		mvc.perform(post("/api/corporate-assessments").with(ALICE).with(csrf()).contentType("text/csv")
			.content(CorporateApiTests.workedExample("SA-NEW", 2026))).andExpect(status().isForbidden());
		mvc.perform(put("/api/corporate/enterprises/SA-ONE/members/alice-sa").with(ALICE).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private void register(String enterprise, String username) throws Exception {
		mvc.perform(put("/api/corporate/enterprises/" + enterprise).with(OFFICER).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Enterprise " + enterprise + "\",\"supervisingDepartment\":\"Transport Policy Division\"}"))
			.andExpect(status().isOk());
		mvc.perform(put("/api/corporate/enterprises/" + enterprise + "/members/" + username).with(OFFICER).with(csrf()))
			.andExpect(status().isNoContent());
	}

	private static RequestPostProcessor csrf() {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
	}

}
