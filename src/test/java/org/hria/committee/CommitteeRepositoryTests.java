package org.hria.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs on H2 in the tests and again on PostgreSQL in CI (V45-V47). */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class CommitteeRepositoryTests {

	@Autowired
	private CommitteeRepository committees;

	@Autowired
	private CommitteeMemberRepository members;

	@Autowired
	private MeetingRepository meetings;

	@Autowired
	private AgendaItemRepository agenda;

	@Autowired
	private DecisionRepository decisions;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	@Test
	void storesACommitteeWithMembersMeetingsAgendaAndADecisionWithRecusals() {
		Committee committee = committees.saveAndFlush(new Committee("인권증진시민위원회", "Human Rights Civil Committee"));
		CommitteeMember chair = members.save(new CommitteeMember(committee.id, "김위원장", "CHAIR",
				LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)));
		members.save(new CommitteeMember(committee.id, "이위원", "MEMBER", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31)));
		Meeting meeting = meetings.saveAndFlush(new Meeting(committee.id, meetings.lastNumber(committee.id) + 1,
				"REGULAR", LocalDate.of(2027, 3, 10), "시청", 1));
		long recommendation = recommendation();
		AgendaItem item = agenda.saveAndFlush(new AgendaItem(meeting.id, recommendation, agenda.lastOrder(meeting.id) + 1));
		Decision decision = new Decision(item.id, "ADOPTED");
		decision.votesFor = 1;
		decision.membersPresent = 2;
		decision.draftText = "초안";
		decision.adoptedText = "수정안";
		decision.recusals = List.of(new Decision.Recusal(chair.id, "이해관계"));
		decisions.saveAndFlush(decision);
		entityManager.clear();

		assertThat(meetings.lastNumber(committee.id)).isEqualTo(1);
		assertThat(agenda.lastOrder(meeting.id)).isEqualTo(1);
		assertThat(members.findByCommitteeIdOrderById(committee.id)).filteredOn(m -> m.servesOn(LocalDate.of(2027, 3, 10)))
			.extracting(m -> m.name)
			.containsExactly("김위원장");
		assertThat(agenda.findByMeetingIdAndRecommendationIdOrderById(meeting.id, recommendation)).hasSize(1);
		Decision stored = decisions.findByAgendaItemId(item.id).orElseThrow();
		assertThat(stored.draftText).isEqualTo("초안");
		assertThat(stored.adoptedText).isEqualTo("수정안");
		assertThat(stored.recusals).containsExactly(new Decision.Recusal(chair.id, "이해관계"));
		assertThat(meetings.findById(meeting.id).orElseThrow().status).isEqualTo("PLANNED");
	}

	@Test
	void aCommitteeCannotHaveTwoMeetingsWithTheSameNumberNorAnItemTwoDecisions() {
		Committee committee = committees.saveAndFlush(new Committee("위원회", null));
		meetings.saveAndFlush(new Meeting(committee.id, 7, "REGULAR", LocalDate.of(2027, 3, 10), null, 1));
		assertThat(meetings.existsByCommitteeIdAndNumber(committee.id, 7)).isTrue();
		assertThatThrownBy(() -> meetings.saveAndFlush(new Meeting(committee.id, 7, "EXTRAORDINARY",
				LocalDate.of(2027, 4, 1), null, 1))).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void anItemHasAtMostOneDecision() {
		Committee committee = committees.saveAndFlush(new Committee("위원회", null));
		Meeting meeting = meetings.saveAndFlush(new Meeting(committee.id, 1, "REGULAR", LocalDate.of(2027, 3, 10),
				null, 1));
		AgendaItem item = agenda.saveAndFlush(new AgendaItem(meeting.id, recommendation(), 1));
		decisions.saveAndFlush(new Decision(item.id, "DEFERRED"));
		assertThatThrownBy(() -> decisions.saveAndFlush(new Decision(item.id, "ADOPTED")))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private long recommendation() {
		jdbc.update("insert into recommendation (state, title, body, published, created_by, created_at, version) "
				+ "values ('ON_AGENDA', 'title', 'text', false, 'test', current_timestamp, 0)");
		return jdbc.queryForObject("select max(id) from recommendation", Long.class);
	}

}
