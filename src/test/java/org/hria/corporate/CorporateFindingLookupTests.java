package org.hria.corporate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A corporate gap cited by its CORP- id: enterprise, area and item, and who may see it. */
@SpringBootTest
@AutoConfigureMockMvc
class CorporateFindingLookupTests {

	private static final RequestPostProcessor OFFICER = user("officer").roles("BUREAU_OFFICER");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private CorporateFindingLookup lookup;

	private JsonNode upload(String enterpriseId) throws Exception {
		MvcResult result = mvc.perform(post("/api/corporate-assessments").with(OFFICER)
			.with(csrf())
			.contentType("text/csv")
			.content(CorporateApiTests.workedExample(enterpriseId, 2026))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void theApiCreatesADraftFromAGapWithEnterpriseAreaAndItem() throws Exception {
		JsonNode assessment = upload("LOOKUP-CORP-1");
		String id = "CORP-" + assessment.get("id").asLong() + "-HRM-2.3";

		MvcResult created = mvc.perform(post("/api/recommendations").with(OFFICER)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("title", "Grievance channel", "text", "Open a grievance channel",
					"findingIds", List.of(id))))).andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		JsonNode body = json.readTree(created.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(body.get("state").asString()).isEqualTo("DRAFT");
		assertThat(body.at("/findings/0/sourceType").asString()).isEqualTo("CORPORATE");
		assertThat(body.at("/findings/0/ruleId").asString()).isEqualTo("HRM-2.3");
		assertThat(body.at("/findings/0/locator").asString()).contains("(LOOKUP-CORP-1)", "2026", "area ",
				"item HRM-2.3", "score ");
	}

	@Test
	void aSelfAssessorSeesOnlyTheGapsOfTheirOwnEnterprise() throws Exception {
		long own = upload("LOOKUP-CORP-2").get("id").asLong();
		long other = upload("LOOKUP-CORP-3").get("id").asLong();
		mvc.perform(put("/api/corporate/enterprises/LOOKUP-CORP-2/members/lookup-sa").with(OFFICER).with(csrf()));
		FindingLookup.Viewer assessor = new FindingLookup.Viewer("lookup-sa", Set.of("ROLE_ENTERPRISE_SELF_ASSESSOR"));

		assertThat(lookup.find("CORP-" + own + "-HRM-2.3", assessor)).isPresent();
		assertThat(lookup.find("CORP-" + other + "-HRM-2.3", assessor)).isEmpty();
		assertThat(lookup.find("CORP-" + other + "-HRM-2.3",
				new FindingLookup.Viewer("officer", Set.of("ROLE_BUREAU_OFFICER")))).isPresent();
		assertThat(lookup.find("CORP-" + other + "-NO-SUCH-ITEM",
				new FindingLookup.Viewer("officer", Set.of("ROLE_BUREAU_OFFICER")))).isEmpty();
	}

	@Test
	void theReportPageLetsTheBureauSelectGaps() throws Exception {
		long id = upload("LOOKUP-CORP-4").get("id").asLong();
		String page = mvc.perform(get("/corporate/assessments/" + id).with(OFFICER))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("value=\"CORP-" + id + "-HRM-2.3\"", "id=\"recommend-form\"");
	}

}
