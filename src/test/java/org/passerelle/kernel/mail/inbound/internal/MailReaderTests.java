package org.passerelle.kernel.mail.inbound.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailReaderTests {

	/** A message with the given header lines, separated by {@code ~}. */
	private static MimeMessage message(String headers) throws Exception {
		String raw = headers.replace("~", "\r\n") + "\r\nContent-Type: text/plain\r\n\r\nHello\r\n";
		return MailReader.read(raw.getBytes(StandardCharsets.US_ASCII)).message();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "From: a@example.org~Auto-Submitted: auto-generated|Auto-Submitted",
			"From: a@example.org~Precedence: bulk|Precedence", "From: a@example.org~Precedence: junk|Precedence",
			"From: a@example.org~List-Id: <news.example.org>|List-Id",
			"From: a@example.org~X-Loop: participate@example.org|X-Loop",
			"From: participate+dialogue-x@example.org|our own address",
			"From: MAILER-DAEMON@mx.example.org|mailer-daemon", "From: postmaster@example.org|postmaster",
			"From: a@example.org~Return-Path: <>|Return-Path" })
	void recognisesAutomaticMail(String headers, String reasonPart) throws Exception {
		MimeMessage message = message(headers);
		String from = MailReader.firstAddress(message.getFrom());

		assertThat(MailReader.automaticReason(message, from, "participate", "example.org"))
			.containsIgnoringCase(reasonPart);
	}

	@ParameterizedTest
	@ValueSource(strings = { "From: a@example.org~Auto-Submitted: no", "From: a@example.org~Precedence: first-class",
			"From: a@example.org~X-Loop: other@example.net" })
	void letsPersonalMailThrough(String headers) throws Exception {
		MimeMessage message = message(headers);

		assertThat(MailReader.automaticReason(message, "a@example.org", "participate", "example.org")).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "mx.example.net; spf=fail smtp.mailfrom=a@example.org|spf=fail",
					"mx.example.net; dkim=fail header.d=example.org; spf=pass|dkim=fail",
					"mx.example.net; dmarc=fail (p=reject) header.from=example.org|dmarc=fail",
					"mx.example.net; spf=pass; dkim=fail header.d=tracker.example.com|",
					"mx.example.net; spf=pass smtp.mailfrom=example.org; dkim=pass; dmarc=pass|" })
	void findsFailedAuthenticationForTheSendersDomain(String results, String expected) throws Exception {
		MimeMessage message = message("From: a@example.org~Authentication-Results: " + results);

		assertThat(MailReader.authenticationFailure(message, "example.org")).isEqualTo(expected);
	}

}
