package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/** The Bureau's inbox and triage page and the dashboard, through MockMvc with roles. */
@SpringBootTest
@AutoConfigureMockMvc
class BureauPagesTests {

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
	void theInboxListsNewDraftsWithATriageLinkForTheBureauOnly() throws Exception {
		long id = api.create("officer", "inbox draft 7731", "R-INBOX").id();
		String page = page("/recommendations/inbox", "BUREAU_OFFICER");
		assertThat(page).contains("inbox draft 7731", "/recommendations/" + id + "/triage", "/recommendations/" + id + "\"");
		assertThat(status("/recommendations/inbox", "ADDRESSEE_CONTACT")).isEqualTo(403);
		assertThat(status("/recommendations/inbox", "AUDITOR")).isEqualTo(403);
	}

	@Test
	void theTriagePageShowsTaxonomyPriorityPartsAndDuplicatesAndTriagesThroughTheLifecycle() throws Exception {
		long id = api.create("officer", "triage page 1", "R-PAGE-1").id();
		long duplicate = api.create("officer", "triage page 2", "R-PAGE-1").id();
		String page = page("/recommendations/" + id + "/triage?lang=en", "BUREAU_OFFICER");
		assertThat(page).contains("id=\"theme-ACCESSIBILITY\"", "Persons with disabilities and accessibility",
				"id=\"group-OLDER_PERSONS\"", "(vulnerable group)", "severity", "vulnerability", "Score ",
				"same rule R-PAGE-1", "name=\"merged\" value=\"" + duplicate + "\"", "FALSE_POSITIVE");
		assertThat(status("/recommendations/" + id + "/triage", "COMMITTEE_SECRETARY")).isEqualTo(403);

		MvcResult refused = mvc.perform(post("/recommendations/" + id + "/triage").param("version", "0")
			.param("deadlineRuleId", "GJ-COMMITTEE-90")
			.with(user("officer").roles("BUREAU_OFFICER"))
			.with(csrf())).andReturn();
		assertThat(refused.getFlashMap().get("problem").toString()).contains("themes");

		MvcResult triaged = mvc.perform(post("/recommendations/" + id + "/triage").param("version", "0")
			.param("themes", "ACCESSIBILITY")
			.param("targetGroups", "PERSONS_WITH_DISABILITIES")
			.param("proposedAddressees", "BUKGU")
			.param("deadlineRuleId", "GJ-COMMITTEE-90")
			.with(user("officer").roles("BUREAU_OFFICER"))
			.with(csrf())).andReturn();
		assertThat(triaged.getResponse().getRedirectedUrl()).isEqualTo("/recommendations/" + id + "/triage");
		LifecycleApi.Answer after = api.get("officer", "/api/recommendations/" + id);
		assertThat(after.get("state")).isEqualTo("TRIAGED");
		assertThat(after.get("priority")).isEqualTo("P3");
		assertThat(api.get("officer", "/api/recommendations/" + id + "/history").raw()).contains("\"action\":\"triage\"");
	}

	@Test
	void mergeAndDismissOnThePageUseTheSameTransitions() throws Exception {
		long id = api.create("officer", "merge page 1", "R-PAGE-2").id();
		long duplicate = api.create("officer", "merge page 2", "R-PAGE-2").id();
		mvc.perform(post("/recommendations/" + id + "/merge").param("merged", String.valueOf(duplicate))
			.param("survivor", String.valueOf(id))
			.param("reason", "same site")
			.with(user("officer").roles("BUREAU_OFFICER"))
			.with(csrf()));
		assertThat(api.get("officer", "/api/recommendations/" + duplicate).get("mergedInto")).isEqualTo((int) id);
		assertThat((List<?>) api.get("officer", "/api/recommendations/" + id).get("findings")).hasSize(2);

		mvc.perform(post("/recommendations/" + id + "/dismiss").param("version", "0")
			.param("reasonCode", "ALREADY_ADDRESSED")
			.param("reason", "ramp rebuilt last year")
			.with(user("officer").roles("BUREAU_OFFICER"))
			.with(csrf()));
		assertThat(api.get("officer", "/api/recommendations/" + id).get("state")).isEqualTo("DISMISSED");
		MockHttpServletResponse forbidden = mvc.perform(post("/recommendations/" + id + "/dismiss").param("version", "1")
			.param("reasonCode", "OTHER")
			.param("reason", "x")
			.with(user("bukgu").roles("ADDRESSEE_CONTACT"))
			.with(csrf())).andReturn().getResponse();
		assertThat(forbidden.getStatus()).isEqualTo(403);
	}

	@Test
	void theDashboardDrawsBarsAndTablesOfTheSameNumbers() throws Exception {
		LifecycleApi.Answer rec = api.routedTo("dashboard 2033", "2033-02-03", List.of("RPT-A", "RPT-B"));
		respond(LifecycleApi.assignmentOf(rec, "RPT-A"), Map.of("decision", "ACCEPTED"));
		respond(LifecycleApi.assignmentOf(rec, "RPT-B"), Map.of("decision", "PARTIALLY_ACCEPTED", "reasonCodes",
				List.of("BUDGET"), "reason", "budget", "acceptedParts", "the ramp"));
		String page = page("/recommendations/dashboard?year=2033&groupBy=year&lang=en", "AUDITOR");
		assertThat(page).contains("<svg", "role=\"img\"", "aria-labelledby=\"acceptance-chart-title\"")
			.contains("2033 · acceptance (incl. partial)", "100.0%", "2033 · full acceptance", "50.0%")
			.contains("<caption>Acceptance: full, partial, not accepted, awaiting, both rates</caption>")
			.contains("<th scope=\"col\">fullAcceptanceRate</th>", "<td>0.5</td>")
			.contains("/api/reports/acceptance?format=xlsx&amp;groupBy=year&amp;year=2033")
			.doesNotContain("<script");
		assertThat(page("/recommendations/dashboard?year=2033&groupBy=year", "COMMITTEE_MEMBER")).contains("<svg");
		assertThat(status("/recommendations/dashboard", "ADDRESSEE_CONTACT")).isEqualTo(403);
	}

	private void respond(long assignmentId, Map<String, Object> decision) throws Exception {
		api.onAssignment("rpt", assignmentId, "acknowledge", Map.of("receivedDate", "2033-02-05"));
		Map<String, Object> data = new java.util.HashMap<>(decision);
		data.put("respondedDate", "2033-02-20");
		data.put("measures", List.of(Map.of("description", "m", "kind", "PERMANENT", "responsibleUnit", "u",
				"targetDate", "2033-06-30")));
		assertThat(api.onAssignment("rpt", assignmentId, "respond", data).status()).isEqualTo(200);
	}

	private String page(String path, String role) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(user("page-" + role).roles(role)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private int status(String path, String role) throws Exception {
		return mvc.perform(get(path).with(user("page-" + role).roles(role))).andReturn().getResponse().getStatus();
	}

}
