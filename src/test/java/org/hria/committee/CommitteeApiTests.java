package org.hria.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** Committees, meetings and agendas through the API; decisions through the lifecycle transitions. */
@SpringBootTest
@AutoConfigureMockMvc
class CommitteeApiTests {

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
	void anAdoptionIsRecordedOnTheAgendaWithVotesRecusalAndTheDifferenceFromTheDraft() throws Exception {
		CommitteeApi.Answer committee = api.committee(20);
		assertThat(committee.status()).isEqualTo(201);
		long recused = ((Number) ((List<Map<String, Object>>) committee.get("members")).get(6).get("id")).longValue();
		CommitteeApi.Answer meeting = api.post("COMMITTEE_SECRETARY", "/api/meetings",
				Map.of("committeeId", committee.id(), "date", "2027-03-10", "kind", "REGULAR", "place", "시청"));
		assertThat(meeting.status()).isEqualTo(201);
		assertThat(meeting.get("quorum")).as("majority of 20 serving members").isEqualTo(11);
		assertThat(meeting.get("status")).isEqualTo("PLANNED");
		long rec = api.triaged("PS-GJ-017 입구 경사로");

		CommitteeApi.Answer scheduled = api.post("BUREAU_OFFICER", "/api/meetings/" + meeting.id() + "/agenda",
				Map.of("recommendationId", rec));
		assertThat(scheduled.status()).as(scheduled.raw()).isEqualTo(201);
		assertThat(scheduled.list()).singleElement().satisfies(item -> {
			assertThat(item.get("recommendationId")).isEqualTo((int) rec);
			assertThat(item.get("state")).isEqualTo("ON_AGENDA");
			assertThat(item.get("decision")).isNull();
		});

		CommitteeApi.Answer adopted = api.transition("COMMITTEE_SECRETARY", rec, "adopt", adoption(meeting.id(), recused));
		assertThat(adopted.status()).as(adopted.raw()).isEqualTo(200);
		assertThat(adopted.get("state")).isEqualTo("ADOPTED");

		Map<String, Object> decision = (Map<String, Object>) api.get("COMMITTEE_MEMBER",
				"/api/meetings/" + meeting.id() + "/agenda").list().get(0).get("decision");
		assertThat(decision).containsEntry("outcome", "ADOPTED").containsEntry("votesFor", 15)
			.containsEntry("abstentions", 1).containsEntry("membersPresent", 17).containsEntry("textChanged", true)
			.containsEntry("draftText", "투표소 PS-GJ-017 입구에 경사로를 설치한다");
		assertThat((List<Map<String, Object>>) decision.get("recusals")).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("memberName", "위원 7").containsEntry("reason", "북구 소속 직원"));
		assertThat((List<Map<String, Object>>) decision.get("diff")).extracting(s -> s.get("op") + ":" + s.get("text"))
			.contains("ADDED:다음 선거일 전까지 ");
		assertThat(api.get("COMMITTEE_MEMBER", "/api/meetings/" + meeting.id()).get("status")).isEqualTo("HELD");
	}

	@Test
	void anUnknownMeetingIsRefusedNamingMeetingId() throws Exception {
		long rec = api.triaged("unknown meeting");
		CommitteeApi.Answer unknown = api.transition("BUREAU_OFFICER", rec, "schedule", Map.of("meetingId", 987654321));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.raw()).contains("\"field\":\"meetingId\"", "\"code\":\"unknown\"");
		assertThat(api.transition("BUREAU_OFFICER", rec, "schedule", Map.of("meetingId", "M-GJ-2027-1")).raw())
			.contains("\"field\":\"meetingId\"");
		assertThat(api.get("BUREAU_OFFICER", "/api/recommendations/" + rec).get("state")).isEqualTo("TRIAGED");
	}

	@Test
	void inconsistentVotesAreRefusedNamingTheFieldAndStoreNothing() throws Exception {
		CommitteeApi.Answer committee = api.committee(20);
		long meeting = api.meeting(committee.id(), "2027-04-01");
		long rec = api.triaged("inconsistent votes");
		api.transition("COMMITTEE_SECRETARY", rec, "schedule", Map.of("meetingId", meeting));
		@SuppressWarnings("unchecked")
		long member = ((Number) ((List<Map<String, Object>>) committee.get("members")).get(2).get("id")).longValue();

		assertThat(adopt(rec, meeting, member, Map.of("membersPresent", 8, "votesFor", 6)).raw())
			.contains("\"field\":\"membersPresent\"", "no-quorum");
		assertThat(adopt(rec, meeting, member, Map.of("membersPresent", 12, "votesFor", 12)).raw())
			.contains("\"field\":\"membersPresent\"", "too-few");
		assertThat(adopt(rec, meeting, member, Map.of("votesFor", 16)).raw())
			.as("15 + 0 + 1 votes and a recusal would be 18 of 17 present")
			.contains("\"field\":\"recusals\"", "recused-voted");
		assertThat(adopt(rec, meeting, 999_999_999L, Map.of()).raw()).contains("\"field\":\"recusals\"", "unknown");
		assertThat(adopt(rec, meeting, member, Map.of("membersPresent", 21)).raw()).contains("too-many");
		CommitteeApi.Answer otherMeeting = adopt(rec, api.meeting(committee.id(), "2027-05-01"), member, Map.of());
		assertThat(otherMeeting.raw()).contains("\"field\":\"meetingId\"", "not-on-agenda");

		assertThat(api.get("COMMITTEE_MEMBER", "/api/meetings/" + meeting + "/agenda").list().get(0).get("decision"))
			.isNull();
		assertThat(api.get("BUREAU_OFFICER", "/api/recommendations/" + rec).get("state")).isEqualTo("ON_AGENDA");
		assertThat(adopt(rec, meeting, member, Map.of()).status()).isEqualTo(200);
	}

	@Test
	void aDeferredItemStaysOnItsMeetingAsDeferredAndCanBeScheduledOnAnother() throws Exception {
		long committee = api.committee(5).id();
		long first = api.meeting(committee, "2027-06-01");
		long second = api.meeting(committee, "2027-09-01");
		long rec = api.triaged("deferred");
		api.transition("COMMITTEE_SECRETARY", rec, "schedule", Map.of("meetingId", first));
		assertThat(api.transition("COMMITTEE_SECRETARY", rec, "defer",
				Map.of("meetingId", first, "reason", "needs a hearing")).get("state")).isEqualTo("TRIAGED");
		assertThat(api.post("COMMITTEE_SECRETARY", "/api/meetings/" + second + "/agenda",
				Map.of("recommendationId", rec)).status()).isEqualTo(201);
		assertThat(api.get("COMMITTEE_MEMBER", "/api/meetings/" + first + "/agenda").list().get(0).get("decision"))
			.asString().contains("DEFERRED", "needs a hearing");
		assertThat(api.post("COMMITTEE_SECRETARY", "/api/meetings/" + second + "/status",
				Map.of("status", "CLOSED")).raw()).contains("\"field\":\"status\"");
		assertThat(api.post("COMMITTEE_SECRETARY", "/api/meetings/" + first + "/status",
				Map.of("status", "CLOSED")).get("status")).isEqualTo("CLOSED");
		long late = api.triaged("too late");
		assertThat(api.transition("COMMITTEE_SECRETARY", late, "schedule", Map.of("meetingId", first)).raw())
			.contains("not-planned");
	}

	@Test
	void badMeetingsAreRefusedNamingEveryField() throws Exception {
		CommitteeApi.Answer missing = api.post("COMMITTEE_SECRETARY", "/api/meetings", Map.of("kind", "WEEKLY"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.raw()).contains("\"field\":\"committeeId\"", "\"field\":\"date\"", "\"field\":\"kind\"");
		assertThat(api.post("COMMITTEE_SECRETARY", "/api/meetings", Map.of("committeeId", 987654321, "date",
				"2027-03-10")).raw()).contains("\"field\":\"committeeId\"");
		long committee = api.committee(3).id();
		assertThat(api.post("COMMITTEE_SECRETARY", "/api/meetings", Map.of("committeeId", committee, "date",
				"2027-03-10", "quorum", 4)).raw()).contains("\"field\":\"quorum\"");
		assertThat(api.post("COMMITTEE_SECRETARY", "/api/committees", Map.of("name", "x", "members",
				List.of(Map.of("name", "a", "termStart", "2027-01-01", "termEnd", "2026-01-01")))).raw())
			.contains("\"field\":\"members[0].termEnd\"");
	}

	@Test
	void rolesWithoutTheRightGet403AndUnknownRecordsGet404() throws Exception {
		long committee = api.committee(3).id();
		assertThat(api.get("COMMITTEE_MEMBER", "/api/meetings").status()).isEqualTo(200);
		assertThat(api.get("BUREAU_LEAD", "/api/committees").status()).isEqualTo(200);
		assertThat(api.post("COMMITTEE_MEMBER", "/api/meetings", Map.of("committeeId", committee, "date",
				"2027-03-10")).status()).isEqualTo(403);
		assertThat(api.post("BUREAU_OFFICER", "/api/committees", Map.of("name", "x")).status()).isEqualTo(403);
		assertThat(api.get("ADDRESSEE_CONTACT", "/api/meetings").status()).isEqualTo(403);
		assertThat(api.get("INSPECTOR", "/api/committees/" + committee).status()).isEqualTo(403);
		long meeting = api.meeting(committee, "2027-03-10");
		long rec = api.triaged("members may not schedule");
		assertThat(api.post("COMMITTEE_MEMBER", "/api/meetings/" + meeting + "/agenda", Map.of("recommendationId",
				rec)).status()).isEqualTo(403);
		assertThat(api.get("COMMITTEE_MEMBER", "/api/meetings/987654321").status()).isEqualTo(404);
		assertThat(api.get("COMMITTEE_MEMBER", "/api/committees/987654321").status()).isEqualTo(404);
		assertThat(api.get("COMMITTEE_MEMBER", "/api/meetings/987654321/agenda.pdf").status()).isEqualTo(404);
	}

	private CommitteeApi.Answer adopt(long rec, long meeting, long recused, Map<String, Object> changes)
			throws Exception {
		Map<String, Object> data = new HashMap<>(adoption(meeting, recused));
		data.putAll(changes);
		return api.transition("COMMITTEE_SECRETARY", rec, "adopt", data);
	}

	private static Map<String, Object> adoption(long meeting, long recused) {
		return Map.of("meetingId", meeting, "decisionDate", "2027-03-10", "votesFor", 15, "votesAgainst", 0,
				"abstentions", 1, "membersPresent", 17, "recusals",
				List.of(Map.of("memberId", recused, "reason", "북구 소속 직원")), "adoptedText",
				"다음 선거일 전까지 투표소 PS-GJ-017 입구에 경사로를 설치한다", "addressees", List.of("BUKGU"));
	}

}
