package org.hria.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** The secretary orders a planned meeting's agenda; the JSON and the papers follow; a held meeting's order is fixed. */
@SpringBootTest
@AutoConfigureMockMvc
class AgendaOrderTests {

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
	void movingAnItemRenumbersTheAgendaAndTheJsonAndPapersFollowTheNewOrder() throws Exception {
		long meeting = api.meeting(api.committee(5).id(), "2027-03-10");
		List<Long> items = schedule(meeting, "가 경사로 권고", "나 주차구역 권고", "다 점자블록 권고");

		CommitteeApi.Answer moved = order(meeting, items.get(2), Map.of("order", 1));
		assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
		assertThat(titles(moved.list())).containsExactly("다 점자블록 권고", "가 경사로 권고", "나 주차구역 권고");
		assertThat(moved.list()).extracting(i -> i.get("order")).containsExactly(1, 2, 3);

		assertThat(order(meeting, items.get(0), Map.of("move", "down")).status()).isEqualTo(200);
		List<Map<String, Object>> agenda = api.get("COMMITTEE_MEMBER", "/api/meetings/" + meeting + "/agenda").list();
		assertThat(titles(agenda)).containsExactly("다 점자블록 권고", "나 주차구역 권고", "가 경사로 권고");
		assertThat(titles(order(meeting, items.get(2), Map.of("move", "up")).list())).as("the first stays first")
			.containsExactly("다 점자블록 권고", "나 주차구역 권고", "가 경사로 권고");

		if (Files.isReadable(Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"))) {
			byte[] pdf = api.get("COMMITTEE_MEMBER", "/api/meetings/" + meeting + "/agenda.pdf?lang=ko").bytes();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(document);
				assertThat(text).containsSubsequence("1. 다 점자블록 권고", "2. 나 주차구역 권고", "3. 가 경사로 권고");
				PDFTextStripper second = new PDFTextStripper();
				second.setStartPage(2);
				second.setEndPage(2);
				assertThat(second.getText(document)).contains("다 점자블록 권고");
			}
		}
	}

	@Test
	void reorderingIsRefusedWith409OnceTheMeetingIsHeldAndBadRequestsNameTheField() throws Exception {
		CommitteeApi.Answer committee = api.committee(5);
		long meeting = api.meeting(committee.id(), "2027-03-10");
		List<Long> items = schedule(meeting, "순서 고정 가", "순서 고정 나");

		CommitteeApi.Answer sideways = order(meeting, items.get(0), Map.of("move", "sideways"));
		assertThat(sideways.status()).isEqualTo(400);
		assertThat(sideways.raw()).contains("\"field\":\"move\"");
		assertThat(order(meeting, items.get(0), Map.of("order", 3)).raw()).contains("\"field\":\"order\"",
				"between 1 and 2");
		assertThat(order(meeting, items.get(0), Map.of()).raw()).contains("\"field\":\"order\"", "required");
		assertThat(order(meeting, 987654321L, Map.of("move", "up")).status()).isEqualTo(404);
		assertThat(api.post("COMMITTEE_MEMBER", "/api/meetings/" + meeting + "/agenda/" + items.get(1) + "/order",
				Map.of("move", "up")).status()).isEqualTo(403);

		long first = ((Number) api.get("COMMITTEE_MEMBER", "/api/meetings/" + meeting + "/agenda").list().get(0)
			.get("recommendationId")).longValue();
		@SuppressWarnings("unchecked")
		List<Long> members = ((List<Map<String, Object>>) committee.get("members")).stream()
			.map(m -> ((Number) m.get("id")).longValue())
			.toList();
		assertThat(api.transition("COMMITTEE_SECRETARY", first, "adopt", Map.of("meetingId", meeting, "decisionDate",
				"2027-03-10", "votesFor", 5, "votesAgainst", 0, "abstentions", 0, "membersPresent", members,
				"recusals", List.of(), "adoptedText", "채택", "addressees", List.of("BUKGU"))).status()).isEqualTo(200);
		assertThat(api.get("COMMITTEE_MEMBER", "/api/meetings/" + meeting).get("status")).isEqualTo("HELD");

		CommitteeApi.Answer held = order(meeting, items.get(1), Map.of("move", "up"));
		assertThat(held.status()).isEqualTo(409);
		assertThat(held.raw()).contains("meeting-not-planned", "is HELD", "\"status\":\"HELD\"");
		assertThat(titles(api.get("COMMITTEE_MEMBER", "/api/meetings/" + meeting + "/agenda").list()))
			.containsExactly("순서 고정 가", "순서 고정 나");
		assertThat(page("COMMITTEE_SECRETARY", meeting)).doesNotContain("move-up-", "move-down-")
			.contains("The order is fixed once the meeting is no longer planned.");
	}

	@Test
	void theSecretaryMovesAnItemUpWithTheButtonOnTheMeetingPage() throws Exception {
		long meeting = api.meeting(api.committee(3).id(), "2027-03-10");
		List<Long> items = schedule(meeting, "페이지 순서 가", "페이지 순서 나");
		String page = page("COMMITTEE_SECRETARY", meeting);
		assertThat(page).contains("id=\"move-up-" + items.get(1) + "\"", "aria-label=\"Move up: item 2, 페이지 순서 나\"",
				"id=\"move-down-" + items.get(0) + "\"").doesNotContain("id=\"move-up-" + items.get(0) + "\"");
		assertThat(page("COMMITTEE_MEMBER", meeting)).doesNotContain("move-up-");

		String path = "/committee/meetings/" + meeting + "/agenda/" + items.get(1) + "/order";
		MockHttpServletResponse moved = mvc.perform(post(path).param("move", "up")
			.with(user("order-secretary").roles("COMMITTEE_SECRETARY"))
			.with(csrf())).andReturn().getResponse();
		assertThat(moved.getRedirectedUrl()).isEqualTo("/committee/meetings/" + meeting);
		assertThat(titles(api.get("COMMITTEE_MEMBER", "/api/meetings/" + meeting + "/agenda").list()))
			.containsExactly("페이지 순서 나", "페이지 순서 가");
		assertThat(mvc.perform(post(path).param("move", "up").with(user("order-secretary").roles("COMMITTEE_SECRETARY")))
			.andReturn().getResponse().getStatus()).as("no CSRF token").isEqualTo(403);
	}

	private List<Long> schedule(long meeting, String... titles) throws Exception {
		for (String title : titles) {
			api.post("COMMITTEE_SECRETARY", "/api/meetings/" + meeting + "/agenda",
					Map.of("recommendationId", api.triaged(title)));
		}
		return api.get("COMMITTEE_MEMBER", "/api/meetings/" + meeting + "/agenda")
			.list()
			.stream()
			.map(i -> ((Number) i.get("itemId")).longValue())
			.toList();
	}

	private CommitteeApi.Answer order(long meeting, long item, Map<String, Object> body) throws Exception {
		return api.post("COMMITTEE_SECRETARY", "/api/meetings/" + meeting + "/agenda/" + item + "/order", body);
	}

	private static List<Object> titles(List<Map<String, Object>> agenda) {
		return agenda.stream().map(i -> i.get("title")).toList();
	}

	private String page(String role, long meeting) throws Exception {
		return mvc.perform(get("/committee/meetings/" + meeting + "?lang=en").with(user("order-" + role).roles(role)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
