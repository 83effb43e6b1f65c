package org.hria.recommendation;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The test suite's SMTP server: keeps every message instead of sending it. A component of the test
 * sources, so every Spring test context has it and the context cache keeps one configuration.
 */
@Component
class RecordingMailSender implements JavaMailSender {

	private final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

	List<SimpleMailMessage> sentTo(String address) {
		return sent.stream().filter(m -> m.getTo() != null && List.of(m.getTo()).contains(address)).toList();
	}

	@Override
	public void send(SimpleMailMessage... messages) throws MailException {
		sent.addAll(List.of(messages));
	}

	@Override
	public MimeMessage createMimeMessage() {
		return new MimeMessage(Session.getInstance(new Properties()));
	}

	@Override
	public MimeMessage createMimeMessage(InputStream contentStream) throws MailException {
		try {
			return new MimeMessage(Session.getInstance(new Properties()), contentStream);
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new MailParseException(ex);
		}
	}

	@Override
	public void send(MimeMessage... mimeMessages) throws MailException {
		throw new UnsupportedOperationException("hria sends plain-text reminders only");
	}

}
