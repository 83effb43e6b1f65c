package org.hria.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import tools.jackson.databind.json.JsonMapper;

/** A decision names the members present; the count comes from the names, and recused members are among them. */
@SpringBootTest
@AutoConfigureMockMvc
class MembersPresentTests {

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
	@SuppressWarnings("unchecked")
	void anAdoptionNamesTheMembersPresentAndTheCountIsDerivedFromTheNames() throws Exception {
		List<Long> members = memberIds(api.committee(20));
		long meeting = api.meeting(committeeOf(members), "2027-03-10");
		long rec = scheduled(meeting, "출석 위원 명단");
		CommitteeApi.Answer adopted = adopt(rec, meeting, members.subList(0, 17), members.get(6));
		assertThat(adopted.status()).as(adopted.raw()).isEqualTo(200);

		Map<String, Object> decision = (Map<String, Object>) api.get("COMMITTEE_MEMBER",
				"/api/meetings/" + meeting + "/agenda").list().get(0).get("decision");
		assertThat(decision).containsEntry("membersPresent", 17);
		assertThat((List<Map<String, Object>>) decision.get("presentMembers")).hasSize(17)
			.extracting(m -> m.get("memberName"))
			.contains("위원 1", "위원 7", "위원 17")
			.doesNotContain("위원 18", "위원 20");
		assertThat(jdbc.queryForObject("select members_present from recommendation where id = ?", Integer.class, rec))
			.isEqualTo(17);

		String page = mvc.perform(MockMvcRequestBuilders.get("/committee/meetings/" + meeting + "?lang=en")
			.with(SecurityMockMvcRequestPostProcessors.user("present-member").roles("COMMITTEE_MEMBER")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<dt>Members present</dt>", "위원 1, 위원 2, 위원 3", "위원 16, 위원 17</dd>");

		if (Files.isReadable(Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"))) {
			byte[] pdf = api.get("COMMITTEE_MEMBER", "/api/meetings/" + meeting + "/agenda.pdf?lang=en").bytes();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
				assertThat(text).contains("Members present (17): 위원 1, 위원 2", "위원 17", "Recused: 위원 7 (북구 소속 직원)");
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void membersPresentWhoDoNotServeOnTheMeetingDayAreRefusedNamingTheField() throws Exception {
		List<Long> members = memberIds(api.committee(5));
		long committee = committeeOf(members);
		long retired = api.post("COMMITTEE_SECRETARY", "/api/committees/" + committee + "/members",
				Map.of("name", "전임 위원", "termStart", "2020-01-01", "termEnd", "2026-12-31")).id();
		long stranger = memberIds(api.committee(3)).get(0);
		long meeting = api.meeting(committee, "2027-03-10");
		long rec = scheduled(meeting, "출석 위원 검증");

		CommitteeApi.Answer outsiders = adopt(rec, meeting, List.of(members.get(0), members.get(1), retired, stranger),
				members.get(0));
		assertThat(outsiders.status()).isEqualTo(400);
		assertThat(outsiders.raw()).contains("\"field\":\"membersPresent\"", "\"code\":\"unknown\"",
				"member id " + retired + " is not a member of this committee serving on 2027-03-10",
				"member id " + stranger + " is not");
		CommitteeApi.Answer twice = adopt(rec, meeting, List.of(members.get(0), members.get(1), members.get(1)),
				members.get(0));
		assertThat(twice.raw()).contains("\"field\":\"membersPresent\"", "\"code\":\"duplicate\"");
		CommitteeApi.Answer notIds = adopt(rec, meeting, List.of("위원 1", "위원 2"), members.get(0));
		assertThat(notIds.status()).isEqualTo(400);
		assertThat(notIds.raw()).contains("\"field\":\"membersPresent\"", "must be a list of committee member ids");

		assertThat(api.get("COMMITTEE_MEMBER", "/api/meetings/" + meeting + "/agenda").list().get(0).get("decision"))
			.isNull();
		assertThat(api.get("BUREAU_OFFICER", "/api/recommendations/" + rec).get("state")).isEqualTo("ON_AGENDA");
	}

	@Test
	void aRecusedMemberWhoIsNotAmongThoseNamedPresentIsRefused() throws Exception {
		List<Long> members = memberIds(api.committee(5));
		long meeting = api.meeting(committeeOf(members), "2027-03-10");
		long rec = scheduled(meeting, "회피 위원 출석 확인");

		CommitteeApi.Answer refused = adopt(rec, meeting, members.subList(0, 4), members.get(4));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.raw()).contains("\"field\":\"recusals\"", "\"code\":\"not-present\"",
				"member " + members.get(4) + " is not among membersPresent");
		assertThat(api.get("BUREAU_OFFICER", "/api/recommendations/" + rec).get("state")).isEqualTo("ON_AGENDA");

		CommitteeApi.Answer adopted = adopt(rec, meeting, members, members.get(4));
		assertThat(adopted.status()).as(adopted.raw()).isEqualTo(200);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theMeetingPageFormSendsTheTickedMembersAsTheMembersPresent() throws Exception {
		List<Long> members = memberIds(api.committee(5));
		long meeting = api.meeting(committeeOf(members), "2027-03-10");
		long rec = scheduled(meeting, "출석 위원 양식");
		long item = ((Number) api.get("COMMITTEE_MEMBER", "/api/meetings/" + meeting + "/agenda").list().get(0)
			.get("itemId")).longValue();
		String form = mvc.perform(MockMvcRequestBuilders.get("/committee/meetings/" + meeting + "?lang=en")
			.with(SecurityMockMvcRequestPostProcessors.user("present-secretary").roles("COMMITTEE_SECRETARY")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("id=\"reject-present-" + item + "-3\"", "name=\"presentMembers\"",
				"for=\"reject-present-" + item + "-3\"");

		var request = MockMvcRequestBuilders.post("/committee/meetings/" + meeting + "/items/" + item)
			.param("action", "reject").param("decisionDate", "2027-03-10").param("votesFor", "1")
			.param("votesAgainst", "2").param("abstentions", "0").param("reason", "예산 부족")
			.with(SecurityMockMvcRequestPostProcessors.user("present-secretary").roles("COMMITTEE_SECRETARY"))
			.with(SecurityMockMvcRequestPostProcessors.csrf());
		members.subList(0, 3).forEach(id -> request.param("presentMembers", String.valueOf(id)));
		assertThat(mvc.perform(request).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/committee/meetings/" + meeting);
		Map<String, Object> decision = (Map<String, Object>) api.get("COMMITTEE_MEMBER",
				"/api/meetings/" + meeting + "/agenda").list().get(0).get("decision");
		assertThat(decision).containsEntry("outcome", "REJECTED").containsEntry("membersPresent", 3);
		assertThat((List<Map<String, Object>>) decision.get("presentMembers")).extracting(m -> m.get("memberName"))
			.containsExactly("위원 1", "위원 2", "위원 3");
		assertThat(api.get("BUREAU_OFFICER", "/api/recommendations/" + rec).get("state")).isEqualTo("REJECTED");
	}

	private long scheduled(long meeting, String title) throws Exception {
		long rec = api.triaged(title);
		assertThat(api.post("COMMITTEE_SECRETARY", "/api/meetings/" + meeting + "/agenda",
				Map.of("recommendationId", rec)).status()).isEqualTo(201);
		return rec;
	}

	/** Adopts with the members given as present, one recusal and votes 1 against and the rest for. */
	private CommitteeApi.Answer adopt(long rec, long meeting, List<?> present, long recused) throws Exception {
		Map<String, Object> data = new HashMap<>(Map.of("meetingId", meeting, "decisionDate", "2027-03-10",
				"votesFor", Math.max(present.size() - 2, 0), "votesAgainst", 1, "abstentions", 0, "membersPresent",
				present, "recusals", List.of(Map.of("memberId", recused, "reason", "북구 소속 직원")), "adoptedText",
				"투표소 PS-GJ-017 입구에 경사로를 설치한다", "addressees", List.of("BUKGU")));
		return api.transition("COMMITTEE_SECRETARY", rec, "adopt", data);
	}

	@SuppressWarnings("unchecked")
	private static List<Long> memberIds(CommitteeApi.Answer committee) {
		List<Long> ids = new ArrayList<>();
		for (Map<String, Object> member : (List<Map<String, Object>>) committee.get("members")) {
			ids.add(((Number) member.get("id")).longValue());
		}
		return ids;
	}

	private long committeeOf(List<Long> members) {
		return jdbc.queryForObject("select committee_id from committee_member where id = ?", Long.class,
				members.get(0));
	}

}
