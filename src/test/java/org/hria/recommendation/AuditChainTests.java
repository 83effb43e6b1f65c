package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditChainTests {

	@Test
	void anIntactChainVerifies() {
		assertThat(AuditChain.firstBroken(chain(5), 0, AuditChain.GENESIS)).isNull();
	}

	@Test
	void anAlteredEventIsTheFirstBrokenLink() {
		List<AuditEvent> events = chain(5);
		events.get(2).reason = "edited afterwards";
		AuditChain.Broken broken = AuditChain.firstBroken(events, 0, AuditChain.GENESIS);
		assertThat(broken.seq()).isEqualTo(3);
		assertThat(broken.problem()).contains("altered");
	}

	@Test
	void aDeletedEventBreaksTheSequence() {
		List<AuditEvent> events = chain(5);
		events.remove(1);
		assertThat(AuditChain.firstBroken(events, 0, AuditChain.GENESIS).seq()).isEqualTo(3);
	}

	@Test
	void aRehashedEventStillBreaksItsSuccessor() {
		List<AuditEvent> events = chain(4);
		events.get(1).reason = "forged";
		events.get(1).hash = AuditChain.hash(events.get(1));
		AuditChain.Broken broken = AuditChain.firstBroken(events, 0, AuditChain.GENESIS);
		assertThat(broken.seq()).isEqualTo(3);
		assertThat(broken.problem()).contains("prev_hash");
	}

	@Test
	void valuesCannotBeShiftedBetweenFields() {
		AuditEvent a = event(1, "ab", "c");
		AuditEvent b = event(1, "a", "bc");
		assertThat(AuditChain.hash(a)).isNotEqualTo(AuditChain.hash(b));
	}

	private static List<AuditEvent> chain(int size) {
		List<AuditEvent> events = new ArrayList<>();
		String previous = AuditChain.GENESIS;
		for (int i = 1; i <= size; i++) {
			AuditEvent event = event(i, "triage", "reason " + i);
			event.prevHash = previous;
			event.hash = AuditChain.hash(event);
			previous = event.hash;
			events.add(event);
		}
		return events;
	}

	private static AuditEvent event(long seq, String action, String reason) {
		AuditEvent event = new AuditEvent(7L, null, action, "DRAFT", "TRIAGED");
		event.id = seq + 100;
		event.seq = seq;
		event.actorUserId = "officer";
		event.occurredAt = Instant.parse("2027-02-10T01:02:03.123456Z");
		event.reason = reason;
		event.prevHash = AuditChain.GENESIS;
		return event;
	}

}
