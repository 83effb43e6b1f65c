package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every filter of spec 4.2 on the acceptance report over {@link ReportFixture}: R1 answered by A (accepted)
 * and B (partially), R2 answered by A (not accepted). An unknown value is a 400 naming parameter and values.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFilterTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private Organisations organisations;

	@Autowired
	private JdbcTemplate jdbc;

	private LifecycleApi api;

	private ReportFixture fixture;

	@BeforeAll
	void fixture() throws Exception {
		api = new LifecycleApi(mvc, json, organisations);
		fixture = new ReportFixture(api, organisations, jdbc, "FLT");
	}

	@Test
	void addresseeFilterCountsOnlyThatAddresseesAssignments() throws Exception {
		assertThat(acceptance("addressee=" + fixture.b)).containsEntry("partiallyAccepted", 1).containsEntry("responses", 1);
		assertThat(acceptance("addressee=" + fixture.a)).containsEntry("accepted", 1).containsEntry("notAccepted", 1)
			.containsEntry("responses", 2);
	}

	@Test
	void yearIsOfAdoptionByDefaultAndOfDispatchOnRequest() throws Exception {
		String mine = "&meeting=" + fixture.meeting1;
		assertThat(acceptance("year=2035" + mine)).containsEntry("responses", 2);
		assertThat(acceptance("year=2036" + mine)).isNull();
		assertThat(acceptance("yearOf=dispatch&year=2035" + mine)).containsEntry("accepted", 1).containsEntry("responses", 1);
		assertThat(acceptance("yearOf=dispatch&year=2036" + mine)).containsEntry("partiallyAccepted", 1)
			.containsEntry("responses", 1);
		LifecycleApi.Answer answer = api.get("auditor", "/api/reports/acceptance?yearOf=dispatch&year=2036" + mine);
		assertThat((String) answer.get("yearOf")).startsWith("dispatch");
		assertThat((String) answer.get("filter")).contains("yearOf=dispatch", "year=2036");
		assertThat(rows("acceptance?groupBy=year&yearOf=dispatch" + mine)).extracting(r -> r.get("group"))
			.containsExactly("2035", "2036");
	}

	@Test
	void themeTargetGroupAndSdgFiltersSelectTheRecommendationsTaggedSo() throws Exception {
		String a = "addressee=" + fixture.a;
		assertThat(acceptance(a + "&theme=PRIVACY")).containsEntry("notAccepted", 1).containsEntry("responses", 1);
		assertThat(acceptance(a + "&theme=RIGHT_TO_VOTE")).containsEntry("accepted", 1).containsEntry("responses", 1);
		assertThat(acceptance(a + "&targetGroup=PERSONS_WITH_DISABILITIES")).containsEntry("accepted", 1)
			.containsEntry("responses", 1);
		assertThat(acceptance(a + "&targetGroup=GENERAL")).containsEntry("notAccepted", 1);
		assertThat(acceptance(a + "&sdg=11.7")).containsEntry("accepted", 1).containsEntry("responses", 1);
		// a goal matches its targets
		assertThat(acceptance(a + "&sdg=16")).containsEntry("notAccepted", 1).containsEntry("responses", 1);
		assertThat(acceptance(a + "&sdg=10.3")).isNull();
	}

	@Test
	void sourceFilterUsesTheSourceTypeOfTheLinkedFindings() throws Exception {
		String a = "addressee=" + fixture.a;
		assertThat(acceptance(a + "&source=FACILITY")).containsEntry("accepted", 1).containsEntry("responses", 1);
		assertThat(acceptance(a + "&source=ORDINANCE")).containsEntry("notAccepted", 1).containsEntry("responses", 1);
		assertThat(acceptance(a + "&source=ENTERPRISE")).isNull();
		assertThat((String) api.get("auditor", "/api/reports/acceptance?source=FACILITY&" + a).get("filter"))
			.contains("source=FACILITY");
	}

	@Test
	void priorityAndMeetingFiltersSelectTheirRecommendations() throws Exception {
		String a = "addressee=" + fixture.a;
		assertThat(acceptance(a + "&priority=P1")).containsEntry("accepted", 1).containsEntry("responses", 1);
		assertThat(acceptance(a + "&priority=P3")).containsEntry("notAccepted", 1).containsEntry("responses", 1);
		Map<String, Object> p2 = acceptance(a + "&priority=P2");
		assertThat(p2 == null ? 0 : p2.get("responses")).isEqualTo(0);
		assertThat(acceptance("meeting=" + fixture.meeting2)).containsEntry("notAccepted", 1).containsEntry("responses", 1);
		assertThat(acceptance("meeting=" + fixture.meeting1)).containsEntry("responses", 2);
	}

	@Test
	void filtersApplyToEveryReport() throws Exception {
		String m2 = "meeting=" + fixture.meeting2;
		assertThat(rows("implementation?" + m2)).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("acceptedOrPartiallyAccepted", 0));
		assertThat(rows("time-to-response?" + m2)).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("group", fixture.a).containsEntry("medianDays", 15));
		assertThat(rows("time-to-implementation?" + m2)).isEmpty();
		assertThat(rows("pipeline?" + m2)).extracting(r -> r.get("state")).contains("ADOPTED").doesNotContain("MERGED");
		assertThat(rows("annual-summary?year=2035&" + m2)).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("adopted", 1).containsEntry("responses", 1)
				.containsEntry("accepted", 0));
	}

	@Test
	void theOverdueListIsFilteredLikeTheOthers() throws Exception {
		// R1 and R2 are answered and R1's measures done: nothing of theirs is overdue
		assertThat(rows("overdue?asOf=2036-07-10&meeting=" + fixture.meeting1)).isEmpty();
		// a P2 recommendation routed to A and never received is a late response 90 days on
		long late = api.routedTo("FLT never received", "2034-02-01", List.of(fixture.a)).id();
		assertThat(rows("overdue?asOf=2036-07-10&addressee=" + fixture.a)).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("recommendationId", (int) late)
				.containsEntry("type", "RESPONSE_OVERDUE"));
		assertThat(rows("overdue?asOf=2036-07-10&priority=P2&addressee=" + fixture.a)).hasSize(1);
		assertThat(rows("overdue?asOf=2036-07-10&priority=P1&addressee=" + fixture.a)).isEmpty();
		assertThat(rows("overdue?asOf=2036-07-10&yearOf=dispatch&year=2034&addressee=" + fixture.a)).hasSize(1);
		assertThat(rows("overdue?asOf=2036-07-10&sdg=16&addressee=" + fixture.a)).isEmpty();
	}

	@Test
	void anUnknownFilterValueIsABadRequestNamingTheParameterAndTheAllowedValues() throws Exception {
		assertBadFilter("theme=FLYING", "theme", "ACCESSIBILITY");
		assertBadFilter("targetGroup=MARTIANS", "targetGroup", "PERSONS_WITH_DISABILITIES");
		assertBadFilter("sdg=99.9", "sdg", "16.7");
		assertBadFilter("source=NHRCK", "source", "ENTERPRISE");
		assertBadFilter("priority=P4", "priority", "P3");
		assertBadFilter("yearOf=decision", "yearOf", "dispatch");
		assertBadFilter("addressee=NOWHERE", "addressee", fixture.a);
		assertBadFilter("meeting=999999", "meeting", fixture.meeting1);
		assertBadFilter("groupBy=colour", "groupBy", "addressee");
		assertBadFilter("year=twenty", "year", "four digits");
	}

	@Test
	void aMisspeltFilterIsABadRequestNamingItInsteadOfBeingIgnored() throws Exception {
		LifecycleApi.Answer answer = api.get("auditor", "/api/reports/acceptance?adressee=" + fixture.a);
		assertThat(answer.status()).isEqualTo(400);
		assertThat((String) answer.get("detail")).contains("[adressee]", "addressee");
	}

	@Test
	void theDashboardOffersEveryFilterAndExplainsAnUnknownValue() throws Exception {
		MockHttpServletResponse ok = page("/recommendations/dashboard?lang=en&priority=P3&addressee=" + fixture.a);
		assertThat(ok.getStatus()).isEqualTo(200);
		assertThat(ok.getContentAsString(StandardCharsets.UTF_8))
			.contains("<option value=\"P3\" selected=\"selected\">P3</option>")
			.contains("/api/reports/acceptance?format=csv&amp;groupBy=addressee&amp;addressee=" + fixture.a
					+ "&amp;priority=P3");
		MockHttpServletResponse refused = page("/recommendations/dashboard?lang=en&sdg=99.9");
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("role=\"alert\"",
				"The filter &#39;sdg&#39; has the unknown value &#39;99.9&#39;");
	}

	private void assertBadFilter(String query, String parameter, String oneAllowed) throws Exception {
		for (String report : List.of("acceptance", "annual-summary")) {
			LifecycleApi.Answer answer = api.get("auditor", "/api/reports/" + report + "?format=csv&" + query);
			assertThat(answer.status()).as(query).isEqualTo(400);
			assertThat(answer.get("parameter")).isEqualTo(parameter);
			assertThat((String) answer.get("detail")).contains("'" + parameter + "'", oneAllowed);
			assertThat(answer.raw()).contains("\"allowed\"");
		}
	}

	private MockHttpServletResponse page(String path) throws Exception {
		return mvc.perform(get(path).with(user("page-auditor").roles("AUDITOR"))).andReturn().getResponse();
	}

	/** The one ALL row of the acceptance report, or null when nothing matched. */
	private Map<String, Object> acceptance(String query) throws Exception {
		List<Map<String, Object>> rows = rows("acceptance?" + query);
		return rows.isEmpty() ? null : rows.get(0);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> rows(String path) throws Exception {
		LifecycleApi.Answer answer = api.get("auditor", "/api/reports/" + path);
		assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
		return (List<Map<String, Object>>) answer.get("rows");
	}

}
