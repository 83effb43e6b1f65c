package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class PublicationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private Organisations organisations;

	private LifecycleApi api;

	@BeforeEach
	void setUp() {
		api = new LifecycleApi(mvc, json, organisations);
	}

	@Test
	void aSummaryWithAResidentRegistrationNumberIsRefusedWithoutEchoingIt() throws Exception {
		long id = api.routed("publish refused");
		MockHttpServletResponse response = publish("lead", id, "Complainant 900101-1234567 asked for a ramp");
		assertThat(response.getStatus()).isEqualTo(400);
		String body = response.getContentAsString();
		assertThat(body).contains("personal-data").contains("publicSummary").contains("RESIDENT_REGISTRATION_NUMBER")
			.doesNotContain("1234567");
		assertThat(publish("lead", id, "Reach us at 010-1234-5678").getContentAsString()).contains("PHONE_NUMBER");
	}

	@Test
	void aCleanSummaryIsPublishedByTheLeadAndListedPublicly() throws Exception {
		long id = api.routed("publish ok");
		assertThat(publish("officer", id, "A portable ramp on every voting day").getStatus()).isEqualTo(403);
		assertThat(publish("lead", id, "A portable ramp on every voting day").getStatus()).isEqualTo(200);
		assertThat(api.list("member", "/public/api/recommendations")).anySatisfy(item -> {
			assertThat(item).containsEntry("id", (int) id)
				.containsEntry("publicSummary", "A portable ramp on every voting day");
			assertThat(item.toString()).contains("Buk-gu District Office").doesNotContain("인권-1234");
		});
		assertThat(api.list("officer", "/api/recommendations/" + id + "/history")).extracting(e -> e.get("action"))
			.contains("publish");
	}

	@Test
	void thePublicPageShowsAPublishedSummaryWithTheAddresseesResponse() throws Exception {
		long id = api.routed("public page");
		publish("lead", id, "Guide staff at the door of PS-GJ-017");
		String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/public/recommendations")
			.param("lang", "en")
			.with(user("member").roles("COMMITTEE_MEMBER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Guide staff at the door of PS-GJ-017").contains("Buk-gu District Office")
			.contains("Awaiting response").contains("<th scope=\"col\"").contains("Published recommendations in figures");
	}

	@Test
	void thePublicFiguresCountPublishedRecommendationsWithoutLogin() throws Exception {
		long id = api.routed("public figures");
		int before = publishedCount();
		publish("lead", id, "Temporary ramps at two polling stations");
		assertThat(publishedCount()).isEqualTo(before + 1);
	}

	private int publishedCount() throws Exception {
		String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/public/api/stats"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("published").asInt();
	}

	private MockHttpServletResponse publish(String who, long id, String summary) throws Exception {
		return mvc.perform(post("/api/recommendations/" + id + "/publication")
			.with(user(who).roles(who.equals("lead") ? "BUREAU_LEAD" : "BUREAU_OFFICER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("publicSummary", summary))))
			.andReturn()
			.getResponse();
	}

}
