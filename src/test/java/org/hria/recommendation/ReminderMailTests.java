package org.hria.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hria.account.Role;
import org.hria.web.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** Reminder e-mails: each new reminder goes to the addressee's users with an address, once; no SMTP, no mail. */
@SpringBootTest
@AutoConfigureMockMvc
class ReminderMailTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private Organisations organisations;

	@Autowired
	private ReminderJob reminders;

	@Autowired
	private RecordingMailSender mail;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aNewReminderIsEmailedToTheAddresseesUsersOnce() throws Exception {
		organisations.save("MAIL-A", "Mail test office", "DEPARTMENT");
		users.ensure("mail-contact", "mail-contact-password", Set.of(Role.ADDRESSEE_CONTACT));
		users.ensure("mail-no-address", "mail-no-address-password", Set.of(Role.ADDRESSEE_CONTACT));
		jdbc.update("update user_account set email = ? where username = ?", "contact@mail-a.example", "mail-contact");
		organisations.addMember("mail-contact", "MAIL-A");
		organisations.addMember("mail-no-address", "MAIL-A");
		LifecycleApi api = new LifecycleApi(mvc, json, organisations);
		long id = api.routedTo("mail 2032", "2032-01-05", List.of("MAIL-A")).id();

		reminders.remind(LocalDate.parse("2032-06-30"));
		List<SimpleMailMessage> sent = mail.sentTo("contact@mail-a.example");
		assertThat(sent).singleElement().satisfies(message -> {
			assertThat(message.getSubject()).contains("RESPONSE_OVERDUE", String.valueOf(id));
			assertThat(message.getText()).contains("Mail test office", "GJ-COMMITTEE-90", "/recommendations/" + id);
		});
		reminders.remind(LocalDate.parse("2032-06-30"));
		assertThat(mail.sentTo("contact@mail-a.example")).as("no second e-mail for the same reminder").hasSize(1);
	}

	@Test
	void withoutAMailSenderNothingIsSentAndNothingFails() {
		ReminderMailer withoutSmtp = new ReminderMailer(
				new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), jdbc, "hria@localhost");
		OverdueQuery.Overdue item = new OverdueQuery.Overdue("RESPONSE_OVERDUE", 1, 1, "MAIL-A", "Mail test office",
				"GJ-COMMITTEE-90", "v", "U", LocalDate.parse("2032-04-05"), 3);
		assertThat(withoutSmtp.send(item, "text")).isZero();
	}

}
