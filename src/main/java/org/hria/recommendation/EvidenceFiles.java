package org.hria.recommendation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Uploaded evidence files, stored in the database with their SHA-256; evidence rows point to them by uri. */
@Component
class EvidenceFiles {

	static final String URI_PREFIX = "evidence-file:";

	private final JdbcTemplate jdbc;

	EvidenceFiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Stored store(long assignmentId, String fileName, String contentType, byte[] content, String user) {
		String sha256 = sha256(content);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var insert = connection.prepareStatement("insert into evidence_file (assignment_id, file_name, content_type,"
					+ " size_bytes, sha256, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			insert.setLong(1, assignmentId);
			insert.setString(2, fileName.length() > 255 ? fileName.substring(0, 255) : fileName);
			insert.setString(3, contentType);
			insert.setLong(4, content.length);
			insert.setString(5, sha256);
			insert.setBytes(6, content);
			insert.setString(7, user);
			insert.setTimestamp(8, Timestamp.from(Instant.now()));
			return insert;
		}, key);
		return new Stored(key.getKey().longValue(), URI_PREFIX + key.getKey().longValue(), sha256);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	record Stored(long id, String uri, String sha256) {
	}

}
