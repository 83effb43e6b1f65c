package org.hria.recommendation;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's in-app reminders: all of them for the Bureau, their organisation's for addressees. */
@RestController
class ReminderController {

	private final JdbcTemplate jdbc;

	private final Callers callers;

	ReminderController(JdbcTemplate jdbc, Callers callers) {
		this.jdbc = jdbc;
		this.callers = callers;
	}

	@GetMapping("/api/reminders")
	List<Map<String, Object>> reminders(Authentication user) {
		Caller caller = callers.of(user);
		String select = "select r.id, r.assignment_id, r.kind, r.due_on, r.message, a.organisation_code "
				+ "from reminder r join assignment a on a.id = r.assignment_id ";
		if (caller.seesAll()) {
			return jdbc.queryForList(select + "order by r.id desc limit 500");
		}
		return jdbc.queryForList(select + "join user_organisation u on u.organisation_code = a.organisation_code "
				+ "where u.username = ? order by r.id desc limit 500", caller.username());
	}

}
