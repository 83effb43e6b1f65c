package org.hria.recommendation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Addressee organisations and which users answer for them. */
@Component
class Organisations {

	static final Set<String> TYPES = Set.of("MAYOR", "DEPARTMENT", "OMBUDSPERSON", "DISTRICT_OFFICE",
			"MUNICIPAL_ENTERPRISE", "EXTERNAL");

	private final JdbcTemplate jdbc;

	Organisations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(String code) {
		Integer count = jdbc.queryForObject("select count(*) from organisation where code = ?", Integer.class, code);
		return count != null && count > 0;
	}

	Set<String> of(String username) {
		return new TreeSet<>(jdbc.queryForList(
				"select organisation_code from user_organisation where username = ?", String.class, username));
	}

	List<String> unknown(List<String> codes) {
		return codes.stream().filter(code -> !exists(code)).toList();
	}

	void save(String code, String name, String type) {
		if (exists(code)) {
			jdbc.update("update organisation set name = ?, type = ? where code = ?", name, type, code);
		}
		else {
			jdbc.update("insert into organisation (code, name, type) values (?, ?, ?)", code, name, type);
		}
	}

	void addMember(String username, String code) {
		Integer count = jdbc.queryForObject(
				"select count(*) from user_organisation where username = ? and organisation_code = ?", Integer.class,
				username, code);
		if (count == null || count == 0) {
			jdbc.update("insert into user_organisation (username, organisation_code) values (?, ?)", username, code);
		}
	}

	/** The organisation's name, or the code itself when it is unknown. */
	String nameOf(String code) {
		List<String> names = jdbc.queryForList("select name from organisation where code = ?", String.class, code);
		return names.isEmpty() ? code : names.get(0);
	}

}
