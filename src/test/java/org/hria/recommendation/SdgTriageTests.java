package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** SDG goals and targets (spec 3.3): a taxonomy of the UN codes, chosen at triage, stored and shown. */
@SpringBootTest
@AutoConfigureMockMvc
class SdgTriageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private Organisations organisations;

	@Autowired
	private Taxonomy taxonomy;

	@Autowired
	private JdbcTemplate jdbc;

	private LifecycleApi api;

	@BeforeEach
	void setUp() {
		api = new LifecycleApi(mvc, json, organisations);
	}

	@Test
	void everySdgTargetHangsUnderAGoalOfTheTaxonomyAndNamesItsSource() {
		List<Taxonomy.Term> sdg = taxonomy.terms(Taxonomy.SDG);
		Set<String> goals = sdg.stream().filter(t -> t.parent().isEmpty()).map(Taxonomy.Term::code)
			.collect(Collectors.toSet());
		assertThat(sdg).extracting(Taxonomy.Term::code).contains("10.2", "11.2", "11.7", "16.7").doesNotHaveDuplicates();
		assertThat(goals).contains("10", "11", "16").allMatch(code -> code.matches("\\d{1,2}"));
		assertThat(sdg).filteredOn(t -> !t.parent().isEmpty())
			.allSatisfy(t -> assertThat(t.code()).startsWith(t.parent() + "."))
			.allSatisfy(t -> assertThat(goals).contains(t.parent()));
		assertThat(sdg).allSatisfy(t -> {
			assertThat(t.source()).isEqualTo("UN SDG indicator framework (A/RES/71/313)");
			assertThat(t.status()).isIn("V2", "U");
			assertThat(t.ko()).isNotBlank();
			assertThat(t.en()).isNotBlank();
		});
		assertThat(sdg).filteredOn(t -> t.code().equals("16.7")).singleElement()
			.satisfies(t -> assertThat(t.en()).isEqualTo(
					"Ensure responsive, inclusive, participatory and representative decision-making at all levels"));
	}

	@Test
	void triageRefusesAnSdgCodeOutsideTheTaxonomyNamingItAndTheAllowedCodes() throws Exception {
		long id = api.create("officer", "sdg check refused", "R-SDG-1").id();
		LifecycleApi.Answer answer = api.transition("officer", id, "triage", triage(List.of("10.2", "99.9")));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.raw()).contains("\"field\":\"sdgTargets\"", "99.9", "11.7", "16.7");
		assertThat(api.get("officer", "/api/recommendations/" + id).get("state")).isEqualTo("DRAFT");
		assertThat(jdbc.queryForObject("select count(*) from recommendation_sdg_target where recommendation_id = ?",
				Integer.class, id)).isZero();
	}

	@Test
	@SuppressWarnings("unchecked")
	void triageStoresSdgTargetsAndTheJsonAndDetailPageShowThem() throws Exception {
		long id = api.create("officer", "sdg check stored", "R-SDG-2").id();
		assertThat(api.transition("officer", id, "triage", triage(List.of("11.7", "10.2", "16"))).status())
			.isEqualTo(200);
		assertThat((List<String>) api.get("auditor", "/api/recommendations/" + id).get("sdgTargets"))
			.containsExactly("10.2", "11.7", "16");
		assertThat(jdbc.queryForList("select code from recommendation_sdg_target where recommendation_id = ? "
				+ "order by code", String.class, id)).containsExactly("10.2", "11.7", "16");
		String page = mvc.perform(get("/recommendations/" + id).param("lang", "en")
			.with(user("officer").roles("BUREAU_OFFICER"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("SDG goals and targets", "10.2, 11.7, 16");
	}

	@Test
	void triageWithoutSdgTargetsIsStillAccepted() throws Exception {
		long id = api.create("officer", "sdg check optional", "R-SDG-3").id();
		Map<String, Object> data = triage(List.of());
		data.remove("sdgTargets");
		assertThat(api.transition("officer", id, "triage", data).status()).isEqualTo(200);
		assertThat(api.get("officer", "/api/recommendations/" + id).get("sdgTargets")).isEqualTo(List.of());
	}

	@Test
	@SuppressWarnings("unchecked")
	void theTaxonomyApiListsTheSdgTermsAndTheTriagePageOffersThem() throws Exception {
		List<Map<String, Object>> terms = (List<Map<String, Object>>) api.get("officer", "/api/taxonomy")
			.get("sdgTargets");
		assertThat(terms).extracting(t -> t.get("code")).contains("10.2", "16.7");
		long id = api.create("officer", "sdg check page", "R-SDG-4").id();
		String page = mvc.perform(get("/recommendations/" + id + "/triage").param("lang", "en")
			.with(user("officer").roles("BUREAU_OFFICER"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"sdg-11.7\"", "for=\"sdg-11.7\"", "SDG goals and targets (optional)");
	}

	private static Map<String, Object> triage(List<String> sdgTargets) {
		Map<String, Object> data = new HashMap<>();
		data.put("themes", List.of("ACCESSIBILITY"));
		data.put("targetGroups", List.of("GENERAL"));
		data.put("sdgTargets", sdgTargets);
		data.put("priority", "P3");
		data.put("priorityReason", "sdg test");
		data.put("proposedAddressees", List.of("BUKGU"));
		data.put("deadlineRuleId", "GJ-COMMITTEE-90");
		return data;
	}

}
