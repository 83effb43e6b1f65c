package org.hria.recommendation;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails a new reminder to the users of the addressee organisation who have an e-mail address.
 * Spring Boot creates a mail sender only when {@code spring.mail.host} is set; without one nothing
 * is sent, and a failing SMTP server is logged, never allowed to stop the in-app reminders.
 */
@Component
class ReminderMailer {

	private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final JdbcTemplate jdbc;

	private final String from;

	ReminderMailer(ObjectProvider<JavaMailSender> senders, JdbcTemplate jdbc,
			@Value("${hria.mail.from:hria@localhost}") String from) {
		this.senders = senders;
		this.jdbc = jdbc;
		this.from = from;
	}

	/** Returns the number of e-mails handed to the SMTP server. */
	int send(OverdueQuery.Overdue item, String message) {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		for (String address : recipients(item.organisation())) {
			SimpleMailMessage mail = new SimpleMailMessage();
			mail.setFrom(from);
			mail.setTo(address);
			mail.setSubject("[hria] " + item.type() + ": recommendation " + item.recommendationId());
			mail.setText(message + "\n\n/recommendations/" + item.recommendationId());
			try {
				sender.send(mail);
				sent++;
			}
			catch (MailException ex) {
				log.warn("Reminder e-mail to {} not sent: {}", address, ex.getMessage());
			}
		}
		return sent;
	}

	private List<String> recipients(String organisation) {
		return jdbc.queryForList("select u.email from user_account u join user_organisation o on o.username = "
				+ "u.username where o.organisation_code = ? and u.enabled = true and u.email is not null "
				+ "and u.email <> '' order by u.email", String.class, organisation);
	}

}
