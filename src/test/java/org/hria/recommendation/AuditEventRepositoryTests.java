package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/** Runs on H2 in the tests and again on PostgreSQL in CI: the database itself refuses changes. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class AuditEventRepositoryTests {

	@Autowired
	private AuditEventRepository events;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AuditChainHeadRepository heads;

	@Autowired
	private EntityManager entityManager;

	@Test
	void anSqlUpdateOfAnAuditRowFails() {
		long id = stored();
		assertThatThrownBy(() -> jdbc.update("update audit_event set reason = 'rewritten' where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

	@Test
	void anSqlDeleteOfAnAuditRowFails() {
		long id = stored();
		assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

	@Test
	void eventsAreReadBackInSequenceOrder() {
		long id = stored();
		assertThat(jdbc.queryForObject("select reason from audit_event where id = ?", String.class, id))
			.isEqualTo("original");
	}

	@Test
	void verifyNamesTheFirstEventWhoseLinkIsBroken() {
		AuditTrail trail = new AuditTrail(events, heads, entityManager, JsonMapper.builder().build());
		trail.append(new AuditEvent(null, null, "test", null, null), new Caller("tester", Set.of(), Set.of()), null,
				null, Map.of("k", "v"), "genuine");
		entityManager.flush();
		entityManager.clear();
		assertThat(trail.verify()).containsEntry("valid", true);

		Long seq = jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class) + 1;
		AuditEvent forged = new AuditEvent(null, null, "forged", null, null);
		forged.seq = seq;
		forged.actorUserId = "intruder";
		forged.occurredAt = Instant.parse("2027-01-01T00:00:00Z");
		forged.prevHash = AuditChain.GENESIS;
		forged.hash = AuditChain.hash(forged);
		long id = events.save(forged).id;
		entityManager.flush();
		jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, forged.hash);
		entityManager.clear();

		assertThat(trail.verify()).containsEntry("valid", false)
			.containsEntry("firstBrokenSeq", seq)
			.containsEntry("firstBrokenEventId", id)
			.hasEntrySatisfying("problem", problem -> assertThat(problem.toString()).contains("prev_hash"));
	}

	@Test
	void keepsEveryOrganisationACallerActedFor() {
		String organisations = String.join(",", java.util.Collections.nCopies(12, "BUK-GU-WELFARE-DIVISION"));
		Long max = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
		AuditEvent event = new AuditEvent(null, null, "test", null, null);
		event.seq = max + 2_000_000;
		event.actorUserId = "contact-of-many";
		event.onBehalfOfOrg = organisations;
		event.occurredAt = Instant.now();
		event.prevHash = AuditChain.GENESIS;
		event.hash = AuditChain.hash(event);
		long id = events.save(event).id;
		entityManager.flush();
		assertThat(jdbc.queryForObject("select on_behalf_of_org from audit_event where id = ?", String.class, id))
			.isEqualTo(organisations);
	}

	private long stored() {
		Long max = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
		AuditEvent event = new AuditEvent(null, null, "test", null, null);
		event.seq = max + 1_000_000;
		event.actorUserId = "tester";
		event.occurredAt = Instant.now();
		event.reason = "original";
		event.prevHash = AuditChain.GENESIS;
		event.hash = AuditChain.hash(event);
		return events.save(event).id;
	}

}
