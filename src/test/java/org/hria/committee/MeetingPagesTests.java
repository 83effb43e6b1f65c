package org.hria.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** The meeting pages: forms go through the lifecycle and show its refusals; readers see no forms. */
@SpringBootTest
@AutoConfigureMockMvc
class MeetingPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcTemplate jdbc;

	private CommitteeApi api;

	@BeforeEach
	void setUp() {
		api = new CommitteeApi(mvc, json, jdbc);
	}

	@Test
	void theSecretarySchedulesAndRecordsARejectionThroughTheForms() throws Exception {
		long meeting = api.meeting(api.committee(5).id(), "2027-03-10");
		long rec = api.triaged("페이지에서 부결할 권고");
		MockHttpServletResponse scheduled = mvc.perform(post("/committee/meetings/" + meeting + "/schedule")
			.param("recommendationId", String.valueOf(rec))
			.with(user("page-secretary").roles("COMMITTEE_SECRETARY"))
			.with(csrf())).andReturn().getResponse();
		assertThat(scheduled.getRedirectedUrl()).isEqualTo("/committee/meetings/" + meeting);
		long item = ((Number) api.get("COMMITTEE_MEMBER", "/api/meetings/" + meeting + "/agenda").list().get(0)
			.get("itemId")).longValue();

		String refused = decide(meeting, item, Map.of("action", "reject", "decisionDate", "2027-03-10", "votesFor",
				"1", "votesAgainst", "1", "abstentions", "0", "reason", "too few")).getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("role=\"alert\"", "membersPresent (2) is below the meeting&#39;s quorum (3)");
		assertThat(api.get("BUREAU_OFFICER", "/api/recommendations/" + rec).get("state")).isEqualTo("ON_AGENDA");

		MockHttpServletResponse rejected = decide(meeting, item, Map.of("action", "reject", "decisionDate",
				"2027-03-10", "votesFor", "1", "votesAgainst", "3", "abstentions", "0", "membersPresent", "4", "reason",
				"예산 부족"));
		assertThat(rejected.getRedirectedUrl()).isEqualTo("/committee/meetings/" + meeting);
		assertThat(api.get("BUREAU_OFFICER", "/api/recommendations/" + rec).get("state")).isEqualTo("REJECTED");
		String page = page("COMMITTEE_MEMBER", "/committee/meetings/" + meeting + "?lang=ko");
		assertThat(page).contains("페이지에서 부결할 권고", "부결", "예산 부족").doesNotContain("채택 기록하기");
	}

	@Test
	void membersReadWithoutFormsAndOtherRolesAreRefused() throws Exception {
		long meeting = api.meeting(api.committee(3).id(), "2027-03-10");
		api.post("COMMITTEE_SECRETARY", "/api/meetings/" + meeting + "/agenda",
				Map.of("recommendationId", api.triaged("읽기 전용 확인")));
		assertThat(page("COMMITTEE_SECRETARY", "/committee/meetings?lang=en")).contains("Plan a meeting");
		assertThat(page("COMMITTEE_SECRETARY", "/committee/meetings/" + meeting + "?lang=en"))
			.contains("Record the adoption", "Download the agenda papers (PDF)");
		String member = page("COMMITTEE_MEMBER", "/committee/meetings/" + meeting + "?lang=en");
		assertThat(member).contains("읽기 전용 확인", "KR-BF-11-slope").doesNotContain("Record the adoption", "<form action=\"/committee");
		assertThat(mvc.perform(get("/committee/meetings").with(user("page-addressee").roles("ADDRESSEE_CONTACT")))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/committee/meetings").param("committeeId", "1").param("date", "2027-01-01")
			.with(user("page-member").roles("COMMITTEE_MEMBER")).with(csrf())).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	private MockHttpServletResponse decide(long meeting, long item, Map<String, String> form) throws Exception {
		var request = post("/committee/meetings/" + meeting + "/items/" + item)
			.with(user("page-secretary").roles("COMMITTEE_SECRETARY"))
			.with(csrf());
		form.forEach((name, value) -> request.param(name, value));
		return mvc.perform(request).andReturn().getResponse();
	}

	private String page(String role, String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(user("page-" + role.toLowerCase()).roles(role)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
