package org.hria.recommendation;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hria.rules.Checksums;

/**
 * The canonical serialisation and hash of audit events, and the check of a run of them. Canonical
 * form: every value of {@link AuditEvent#canonicalContent()} as {@code length:text} (null as
 * {@code -}), joined by newlines, so no value can be shifted into its neighbour.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	static String hash(AuditEvent event) {
		StringBuilder canonical = new StringBuilder();
		for (Object value : event.canonicalContent()) {
			if (value == null) {
				canonical.append('-');
			}
			else {
				String text = value.toString();
				canonical.append(text.length()).append(':').append(text);
			}
			canonical.append('\n');
		}
		return Checksums.sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Checks events that follow the event with hash {@code previousHash} and sequence number
	 * {@code previousSeq}; returns the first broken link or null.
	 */
	static Broken firstBroken(List<AuditEvent> events, long previousSeq, String previousHash) {
		long seq = previousSeq;
		String hash = previousHash;
		for (AuditEvent event : events) {
			if (event.seq != seq + 1) {
				return new Broken(event.id, event.seq, "sequence jumps from " + seq + " to " + event.seq
						+ ": events are missing");
			}
			if (!event.prevHash.equals(hash)) {
				return new Broken(event.id, event.seq, "prev_hash does not match the hash of event seq " + seq);
			}
			if (!hash(event).equals(event.hash)) {
				return new Broken(event.id, event.seq, "content does not match its hash: the event was altered");
			}
			seq = event.seq;
			hash = event.hash;
		}
		return null;
	}

	record Broken(Long eventId, long seq, String problem) {
	}

}
