package org.hria.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hria.rules.RuleEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "inspector", roles = "INSPECTOR")
class SurveyControllerTests {

	private static final String HEADER = "facility_id,facility_name,criterion,value,unit,note\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SurveyRepository surveys;

	@Autowired
	private RuleEngine engine;

	@Autowired
	private JsonMapper json;

	private static String station(String id, String door, String threshold) {
		String row = id + ",Station " + id + ",";
		return row + "entrance.step_free,yes,,\n" + row + "entrance.door_clear_width," + door + ",mm,\n" + row
				+ "entrance.threshold," + threshold + ",cm,\n" + row + "route.width,1.5,m,\n" + row
				+ "route.tactile_paving,yes,,\n" + row + "service.floor,1,,\n" + row + "parking.total_spaces,0,,\n" + row
				+ "voting.accessible_booth,yes,,\n" + row + "voting.assistance_staff,yes,,\n" + row
				+ "voting.turning_space,1.5,m,\n";
	}

	private MvcResult upload(String csv, String kind, String profile) throws Exception {
		return mvc.perform(multipart("/api/surveys").file(new MockMultipartFile("file", "survey.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8))).param("kind", kind).param("profile", profile)
			.param("title", "Gwangju 2026 local election")
			.with(csrf())).andReturn();
	}

	@Test
	void answersCreatedWithVerdictsAndReadsTheSameBack() throws Exception {
		MvcResult created = upload(HEADER + station("API-1", "1000", "1") + station("API-2", "1000", "3"),
				"POLLING_STATION", "kr");
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		JsonNode answer = json.readTree(created.getResponse().getContentAsString());
		assertThat(answer.get("kind").asString()).isEqualTo("POLLING_STATION");
		assertThat(answer.get("profile").asString()).isEqualTo("kr");
		assertThat(answer.get("ruleSetVersion").asString()).isEqualTo(engine.current().version());
		assertThat(answer.at("/summary/COMPLIANT").asInt()).isEqualTo(1);
		assertThat(answer.at("/summary/REMEDIABLE_WITH_TEMPORARY_MEASURES").asInt()).isEqualTo(1);
		JsonNode finding = answer.at("/facilities/1/findings/0");
		assertThat(finding.get("id").isNumber()).isTrue();
		assertThat(finding.get("ruleId").asString()).isEqualTo("KR-THRESHOLD");
		assertThat(finding.get("remedyType").asString()).isEqualTo("TEMPORARY");
		assertThat(answer.at("/electionDayPlan/total/0/item").asString()).isEqualTo("threshold wedges");
		String again = mvc.perform(get(created.getResponse().getHeader("Location")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json.readTree(again)).isEqualTo(answer);
	}

	@Test
	void showsWhatChangedSinceAFacilitysLastSurvey() throws Exception {
		upload(HEADER + station("API-RE", "850", "3"), "POLLING_STATION", "kr");
		JsonNode second = json.readTree(upload(HEADER + station("API-RE", "950", "3"), "POLLING_STATION", "kr")
			.getResponse()
			.getContentAsString());
		JsonNode changes = second.at("/facilities/0/changes");
		assertThat(changes.get("previousVerdict").asString()).isEqualTo("RELOCATE");
		assertThat(changes.get("fixed").get(0).asString()).isEqualTo("KR-DOOR-WIDTH");
		assertThat(changes.get("newFailures")).isEmpty();
		assertThat(second.at("/facilities/0/verdict").asString()).isEqualTo("REMEDIABLE_WITH_TEMPORARY_MEASURES");
	}

	@Test
	void rejectsAFileWithErrorsOnThreeLinesAndStoresNothing() throws Exception {
		long before = surveys.count();
		String csv = HEADER + station("API-E", "1000", "1") + "API-E,Station,entrance.door_widht,900,mm,\n"
				+ "API-E,Station,voting.accessible_booth,maybe,,\n" + "API-E,Station,route.headroom,2,lbf,\n";
		mvc.perform(multipart("/api/surveys").file(new MockMultipartFile("file", "s.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8))).param("kind", "POLLING_STATION").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[0].line").value(12))
			.andExpect(jsonPath("$.errors[1].line").value(13))
			.andExpect(jsonPath("$.errors[2].line").value(14))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("entrance.door_clear_width")));
		assertThat(surveys.count()).isEqualTo(before);
	}

	@Test
	void rejectsAnUnknownProfile() throws Exception {
		assertThat(upload(HEADER + station("API-P", "1000", "1"), "POLLING_STATION", "eu").getResponse().getStatus())
			.isEqualTo(400);
	}

	@Test
	@WithMockUser(username = "drafter", roles = "DRAFTER")
	void forbidsADrafter() throws Exception {
		mvc.perform(get("/api/surveys/1")).andExpect(status().isForbidden());
		assertThat(upload(HEADER + station("API-D", "1000", "1"), "POLLING_STATION", "kr").getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void aChangedThresholdRowAndAReloadChangeTheVerdict() throws Exception {
		String file = "survey/kr-thresholds.drl.csv";
		byte[] original = engine.read(file).orElseThrow();
		String csv = HEADER + station("API-T", "1000", "1");
		assertThat(json.readTree(upload(csv, "POLLING_STATION", "kr").getResponse().getContentAsString())
			.at("/facilities/0/verdict").asString()).isEqualTo("COMPLIANT");
		String raised = new String(original, StandardCharsets.UTF_8).replace("MIN 0.9 m,kr,BPE,entrance.door_clear_width",
				"MIN 1.1 m,kr,BPE,entrance.door_clear_width");
		assertThat(raised).isNotEqualTo(new String(original, StandardCharsets.UTF_8));
		try {
			engine.upload(file, raised.getBytes(StandardCharsets.UTF_8), "test");
			assertThat(json.readTree(upload(csv, "POLLING_STATION", "kr").getResponse().getContentAsString())
				.at("/facilities/0/verdict").asString()).isEqualTo("RELOCATE");
		}
		finally {
			engine.upload(file, original, "test");
		}
	}

}
