package org.hria.committee;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.json.JsonMapper;

/** Calls the committee and recommendation APIs as a user with one role and reads the JSON answer. */
class CommitteeApi {

	private final MockMvc mvc;

	private final JsonMapper json;

	CommitteeApi(MockMvc mvc, JsonMapper json, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.json = json;
		if (jdbc.queryForObject("select count(*) from organisation where code = 'BUKGU'", Integer.class) == 0) {
			jdbc.update("insert into organisation (code, name, type) values ('BUKGU', 'Buk-gu District Office', "
					+ "'DISTRICT_OFFICE')");
		}
	}

	record Answer(int status, Object body, String raw, byte[] bytes) {

		@SuppressWarnings("unchecked")
		Map<String, Object> map() {
			return (Map<String, Object>) body;
		}

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> list() {
			return (List<Map<String, Object>>) body;
		}

		Object get(String key) {
			return map().get(key);
		}

		long id() {
			return ((Number) get("id")).longValue();
		}

	}

	Answer get(String role, String path) throws Exception {
		return call(MockMvcRequestBuilders.get(path), role, null);
	}

	Answer post(String role, String path, Object body) throws Exception {
		return call(MockMvcRequestBuilders.post(path), role, json.writeValueAsString(body));
	}

	/** A committee of {@code size} members serving 2020-2030 (the first is the chair). */
	Answer committee(int size) throws Exception {
		List<Map<String, Object>> members = new ArrayList<>();
		for (int i = 1; i <= size; i++) {
			members.add(Map.of("name", "위원 " + i, "role", i == 1 ? "CHAIR" : "MEMBER", "termStart", "2020-01-01",
					"termEnd", "2030-12-31"));
		}
		return post("COMMITTEE_SECRETARY", "/api/committees",
				Map.of("name", "인권증진시민위원회", "nameEn", "Human Rights Civil Committee", "members", members));
	}

	long meeting(long committeeId, String date) throws Exception {
		return post("COMMITTEE_SECRETARY", "/api/meetings",
				Map.of("committeeId", committeeId, "date", date, "place", "광주광역시청 3층 회의실")).id();
	}

	/** A TRIAGED recommendation built from one polling-station finding, addressed to Buk-gu. */
	long triaged(String title) throws Exception {
		long id = post("BUREAU_OFFICER", "/api/recommendations", Map.of("title", title, "text",
				"투표소 PS-GJ-017 입구에 경사로를 설치한다", "findings", List.of(Map.of("sourceType", "SURVEY", "sourceId",
						"S-2027-0110", "findingId", "F-" + title.hashCode(), "ruleId", "KR-BF-11-slope", "locator",
						"PS-GJ-017 main entrance; ramp.slope 0.125 (required <= 0.083)"))))
			.id();
		post("BUREAU_OFFICER", "/api/recommendations/" + id + "/transitions", Map.of("action", "triage", "data",
				Map.of("themes", List.of("ACCESSIBILITY"), "targetGroups", List.of("PERSONS_WITH_DISABILITIES"),
						"priority", "P1", "priorityReason", "committee test: urgent before the election",
						"proposedAddressees", List.of("BUKGU"), "deadlineRuleId", "GJ-COMMITTEE-90")));
		return id;
	}

	Answer transition(String role, long recommendationId, String action, Map<String, Object> data) throws Exception {
		return post(role, "/api/recommendations/" + recommendationId + "/transitions",
				Map.of("action", action, "data", data));
	}

	private Answer call(MockHttpServletRequestBuilder request, String role, String body) throws Exception {
		request.with(user("committee-" + role.toLowerCase()).roles(role)).with(csrf());
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		String raw = response.getContentAsString(StandardCharsets.UTF_8);
		Object parsed = raw.startsWith("{") ? json.readValue(raw, Map.class)
				: raw.startsWith("[") ? json.readValue(raw, List.class) : null;
		return new Answer(response.getStatus(), parsed, raw, response.getContentAsByteArray());
	}

}
