package org.hria.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hria.recommendation.FindingLookup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A stored facility finding cited by its SUR- id: locator, rule, visibility and the re-survey check. */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyFindingLookupTests {

	private static final FindingLookup.Viewer OFFICER = new FindingLookup.Viewer("officer",
			Set.of("ROLE_BUREAU_OFFICER"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private SurveyFindingLookup lookup;

	private static String station(String id, String threshold) {
		String row = id + ",Station " + id + ",";
		return "facility_id,facility_name,criterion,value,unit,note\n" + row + "entrance.step_free,yes,,\n" + row
				+ "entrance.door_clear_width,1000,mm,\n" + row + "entrance.threshold," + threshold + ",cm,\n" + row
				+ "route.width,1.5,m,\n" + row + "route.tactile_paving,yes,,\n" + row + "service.floor,1,,\n" + row
				+ "parking.total_spaces,0,,\n" + row + "voting.accessible_booth,yes,,\n" + row
				+ "voting.assistance_staff,yes,,\n" + row + "voting.turning_space,1.5,m,\n";
	}

	private JsonNode upload(String csv) throws Exception {
		MvcResult result = mvc.perform(multipart("/api/surveys")
			.file(new MockMultipartFile("file", "s.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("kind", "POLLING_STATION")
			.with(user("inspector").roles("INSPECTOR"))
			.with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private MvcResult recommend(String role, String findingId) throws Exception {
		return mvc.perform(post("/api/recommendations").with(user(role.toLowerCase()).roles(role))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("title", "Threshold", "text", "Fix the threshold", "findingIds",
					List.of(findingId)))))
			.andReturn();
	}

	@Test
	void surveyAnswerShowsThePrefixedIdAndTheApiCreatesADraftKeepingLocatorAndRule() throws Exception {
		JsonNode survey = upload(station("LOOKUP-1", "3"));
		JsonNode finding = survey.at("/facilities/0/findings/0");
		String id = finding.get("findingId").asString();
		assertThat(id).isEqualTo("SUR-" + finding.get("id").asLong());
		String csv = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/surveys/" + survey.get("id").asLong() + "/findings.csv")
			.with(user("inspector").roles("INSPECTOR"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(",finding_id", "," + id);

		MvcResult created = recommend("BUREAU_OFFICER", id);
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		JsonNode body = json.readTree(created.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(body.get("id").isNumber()).isTrue();
		assertThat(body.get("state").asString()).isEqualTo("DRAFT");
		JsonNode ref = body.at("/findings/0");
		assertThat(ref.get("findingId").asString()).isEqualTo(id);
		assertThat(ref.get("sourceType").asString()).isEqualTo("SURVEY");
		assertThat(ref.get("sourceId").asString()).isEqualTo("S-" + survey.get("id").asLong());
		assertThat(ref.get("ruleId").asString()).isEqualTo("KR-THRESHOLD");
		assertThat(ref.get("locator").asString()).contains("Station LOOKUP-1 (LOOKUP-1)", "entrance.threshold",
				"measured 3 cm", "KR-THRESHOLD");
	}

	@Test
	void aCallerWhoMayNotSeeSurveysCannotCiteTheirFindings() throws Exception {
		String id = upload(station("LOOKUP-2", "3")).at("/facilities/0/findings/0/findingId").asString();

		MvcResult refused = recommend("OMBUDSPERSON", id);
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("no finding source knows or you may not see");
		assertThat(lookup.find(id, new FindingLookup.Viewer("drafter", Set.of("ROLE_DRAFTER")))).isEmpty();
		assertThat(lookup.find(id, OFFICER)).isPresent();
	}

	@Test
	void answersOnlyItsOwnPrefix() {
		assertThat(lookup.find("ORD-1-F-0000", OFFICER)).isEmpty();
		assertThat(lookup.find("CORP-1-HRM-2.3", OFFICER)).isEmpty();
		assertThat(lookup.find("SUR-999999999", OFFICER)).isEmpty();
		assertThat(lookup.find("1", OFFICER)).isEmpty();
	}

	@Test
	void recheckReadsTheFacilitysLaterSurvey() throws Exception {
		String id = upload(station("LOOKUP-3", "3")).at("/facilities/0/findings/0/findingId").asString();
		assertThat(lookup.recheck(id, "RESURVEY")).hasValueSatisfying(r -> assertThat(r.evidence()).isNull());

		long still = upload(station("LOOKUP-3", "2.5")).get("id").asLong();
		assertThat(lookup.recheck(id, "RESURVEY")).hasValueSatisfying(r -> {
			assertThat(r.passed()).isFalse();
			assertThat(r.evidence()).isEqualTo("S-" + still);
			assertThat(r.stillFailing()).singleElement().asString().contains("LOOKUP-3 entrance.threshold", "2.5 cm");
		});
		long fixed = upload(station("LOOKUP-3", "1")).get("id").asLong();
		assertThat(lookup.recheck(id, "RESURVEY")).hasValueSatisfying(r -> {
			assertThat(r.passed()).isTrue();
			assertThat(r.evidence()).isEqualTo("S-" + fixed);
			assertThat(r.rulesRechecked()).containsExactly("KR-THRESHOLD");
		});
		assertThat(lookup.recheck(id, "DOCUMENT_REVIEW")).isEmpty();
	}

}
