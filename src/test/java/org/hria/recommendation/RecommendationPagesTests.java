package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** From the survey facility page to a DRAFT recommendation and its detail page, as a Bureau officer clicks. */
@SpringBootTest
@AutoConfigureMockMvc
class RecommendationPagesTests {

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

	private String page(String path, String who, String role) throws Exception {
		return mvc.perform(get(path).with(user(who).roles(role)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void anOfficerSelectsAFacilityFindingAndLandsOnTheDraft() throws Exception {
		String station = "PAGE-" + System.nanoTime();
		LifecycleApi.Answer survey = api.uploadSurvey(LifecycleApi.station(station, "1000", "3"));
		String finding = LifecycleApi.surveyFinding(survey, "KR-THRESHOLD");
		String facilityPage = "/surveys/" + survey.id() + "/facility?facilityId=" + station;

		String officerView = page(facilityPage, "officer", "BUREAU_OFFICER");
		assertThat(officerView).contains("id=\"recommend-form\"", "value=\"" + finding + "\"",
				"<label for=\"pick-" + finding + "\">" + finding + "</label>");
		assertThat(page(facilityPage, "inspector", "INSPECTOR")).doesNotContain("recommend-form");

		MockHttpServletResponse created = mvc.perform(post("/recommendations").with(user("officer").roles("BUREAU_OFFICER"))
			.with(csrf())
			.param("title", "Threshold wedge at " + station)
			.param("text", "Lay a threshold wedge on election day")
			.param("findingIds", finding)
			.param("back", facilityPage)).andReturn().getResponse();
		assertThat(created.getStatus()).isEqualTo(302);
		String location = created.getRedirectedUrl();
		assertThat(location).matches("/recommendations/\\d+");

		String detail = page(location, "officer", "BUREAU_OFFICER");
		assertThat(detail).contains("Threshold wedge at " + station, "DRAFT", finding, "KR-THRESHOLD",
				"entrance.threshold measured 3 cm", "create");
		LifecycleApi.Answer api = this.api.get("officer", "/api" + location);
		assertThat(api.get("state")).isEqualTo("DRAFT");
		assertThat((List<Map<String, Object>>) api.get("findings")).extracting(f -> f.get("findingId"))
			.containsExactly(finding);
	}

	@Test
	void aFormWithoutFindingsIsRefusedAndSaysWhatIsMissing() throws Exception {
		MockHttpServletResponse refused = mvc.perform(post("/recommendations")
			.with(user("officer").roles("BUREAU_OFFICER"))
			.with(csrf())
			.header("Accept-Language", "en")
			.param("title", "No findings")
			.param("text", "text")
			.param("back", "/surveys/1")).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("findingIds needs at least one finding",
				"href=\"/surveys/1\"");
	}

	@Test
	void onlyTheRolesThatCreateRecommendationsMayPostTheForm() throws Exception {
		assertThat(mvc.perform(post("/recommendations").with(user("inspector").roles("INSPECTOR"))
			.with(csrf())
			.param("title", "t")
			.param("text", "t")
			.param("findingIds", "SUR-1")).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void anAddresseeDoesNotSeeTheDetailOfARecommendationNotRoutedToThem() throws Exception {
		long id = api.create("officer", "Not routed", "KR-BF-11-slope").id();
		assertThat(mvc.perform(get("/recommendations/" + id).with(user("bukgu").roles("ADDRESSEE_CONTACT")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}
