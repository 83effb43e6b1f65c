package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs on H2 in the tests and again on PostgreSQL in CI: the database itself refuses changes. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class AuditEventRepositoryTests {

	@Autowired
	private AuditEventRepository events;

	@Autowired
	private JdbcTemplate jdbc;

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
