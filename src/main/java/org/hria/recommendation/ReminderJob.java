package org.hria.recommendation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.dao.DuplicateKeyException;

/**
 * Nightly: one in-app reminder per overdue assignment, kind and day. The unique key makes a second
 * instance running the same job a no-op. A new reminder is also e-mailed when SMTP is configured.
 */
@Component
class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final OverdueQuery overdue;

	private final JdbcTemplate jdbc;

	private final ReminderMailer mailer;

	ReminderJob(OverdueQuery overdue, JdbcTemplate jdbc, ReminderMailer mailer) {
		this.overdue = overdue;
		this.jdbc = jdbc;
		this.mailer = mailer;
	}

	@Scheduled(cron = "${hria.recommendations.reminder-cron:0 0 6 * * *}", zone = "Asia/Seoul")
	void nightly() {
		log.info("Created {} reminders", remind(Clocks.today()));
	}

	/** Each insert commits on its own; a row another instance inserted first is skipped. */
	int remind(LocalDate today) {
		int created = 0;
		for (OverdueQuery.Overdue item : overdue.asOf(today)) {
			try {
				int inserted = insert(item, today);
				if (inserted > 0) {
					mailer.send(item, message(item));
				}
				created += inserted;
			}
			catch (DuplicateKeyException ex) {
				log.debug("Reminder already created by another instance: {}", item);
			}
		}
		return created;
	}

	private int insert(OverdueQuery.Overdue item, LocalDate today) {
		return jdbc.update("insert into reminder (assignment_id, kind, due_on, created_at, message) "
					+ "select ?, ?, ?, ?, ? where not exists (select 1 from reminder where assignment_id = ? "
					+ "and kind = ? and due_on = ?)", item.assignmentId(), item.type(), java.sql.Date.valueOf(today),
					Timestamp.from(Instant.now()), message(item), item.assignmentId(), item.type(),
					java.sql.Date.valueOf(today));
	}

	private static String message(OverdueQuery.Overdue item) {
		return item.type() + ": recommendation " + item.recommendationId() + " for " + item.organisationName()
				+ " was due on " + item.dueDate() + " (" + item.daysOverdue() + " days overdue, rule "
				+ item.deadlineRuleId() + ", status " + item.deadlineRuleStatus() + ")";
	}

}
