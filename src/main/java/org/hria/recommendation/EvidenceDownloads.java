package org.hria.recommendation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hria.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored evidence files for those who may read them: the assignment's own organisation, the Bureau
 * and the auditor; anyone else gets 404 (spec 5.3). A file whose content no longer has the SHA-256
 * recorded at upload (or cited by its evidence rows) is refused as tampered.
 */
@Service
class EvidenceDownloads {

	private static final Logger log = LoggerFactory.getLogger(EvidenceDownloads.class);

	private static final Set<Role> READ_ALL = EnumSet.of(Role.BUREAU_OFFICER, Role.BUREAU_LEAD, Role.AUDITOR);

	private static final String COLUMNS = "select f.id, f.assignment_id, a.organisation_code, f.file_name, "
			+ "f.content_type, f.size_bytes, f.sha256, f.uploaded_at, (select min(e.measure_id) from evidence e "
			+ "where e.uri = concat('" + EvidenceFiles.URI_PREFIX + "', f.id)) as measure_id ";

	private static final String FROM = "from evidence_file f join assignment a on a.id = f.assignment_id ";

	private final JdbcTemplate jdbc;

	EvidenceDownloads(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	static boolean mayRead(Caller caller, String organisation) {
		return caller.roles().stream().anyMatch(READ_ALL::contains) || caller.belongsTo(organisation);
	}

	/** The files of these assignments that the caller may read, oldest first, with their download links. */
	@Transactional(readOnly = true)
	List<Map<String, Object>> files(List<Map<String, Object>> assignmentViews, Caller caller) {
		List<Map<String, Object>> files = new ArrayList<>();
		for (Map<String, Object> assignment : assignmentViews) {
			if (mayRead(caller, String.valueOf(assignment.get("organisation")))) {
				files.addAll(jdbc.query(COLUMNS + FROM + "where f.assignment_id = ? order by f.id",
						(rs, n) -> file(rs), ((Number) assignment.get("id")).longValue()));
			}
		}
		return files;
	}

	@Transactional(readOnly = true)
	Download download(long id, Caller caller) {
		Map<String, Object> file = jdbc.query(COLUMNS + FROM + "where f.id = ?", (rs, n) -> file(rs), id)
			.stream()
			.findFirst()
			.filter(f -> mayRead(caller, (String) f.get("organisation")))
			.orElseThrow(() -> LifecycleProblem.notFound("evidence file", id));
		byte[] content = jdbc.queryForObject("select content from evidence_file where id = ?",
				(rs, n) -> rs.getBytes(1), id);
		String actual = EvidenceFiles.sha256(content);
		Long differing = jdbc.queryForObject("select count(*) from evidence where uri = ? and sha256 is not null "
				+ "and sha256 <> ?", Long.class, EvidenceFiles.URI_PREFIX + id, actual);
		if (!actual.equals(file.get("sha256")) || differing > 0) {
			log.error("Evidence file {} ({}) no longer matches its SHA-256: recorded {}, content {}, {} evidence row(s)"
					+ " citing another hash", id, file.get("fileName"), file.get("sha256"), actual, differing);
			throw new EvidenceTampered(id, (String) file.get("fileName"));
		}
		return new Download(file, content);
	}

	private static Map<String, Object> file(ResultSet rs) throws SQLException {
		Map<String, Object> file = new LinkedHashMap<>();
		long id = rs.getLong("id");
		file.put("id", id);
		file.put("assignmentId", rs.getLong("assignment_id"));
		file.put("organisation", rs.getString("organisation_code"));
		file.put("fileName", rs.getString("file_name"));
		file.put("contentType", rs.getString("content_type"));
		file.put("size", rs.getLong("size_bytes"));
		file.put("sha256", rs.getString("sha256"));
		file.put("uploadedAt", rs.getTimestamp("uploaded_at").toInstant());
		long measure = rs.getLong("measure_id");
		file.put("measureId", rs.wasNull() ? null : measure);
		file.put("href", "/api/evidence/" + id);
		return file;
	}

	/** A file to send: its row (name, content type, SHA-256) and the checked content. */
	record Download(Map<String, Object> file, byte[] content) {
	}

}
