package org.passerelle.kernel.mail;

import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.passerelle.kernel.PasserelleProperties;

/**
 * Sends mail for every module. With {@code spring.mail.host} set, messages go to that
 * SMTP server; otherwise (the embedded default) each one is written as an {@code .eml}
 * file to the {@link MailFolder}, where administrators can read it.
 * <p>
 * Templates live next to a module's pages, e.g.
 * {@code templates/accounts/mail/confirm.txt} (required, Thymeleaf text mode) and
 * {@code confirm.html} (optional HTML alternative). They are rendered in the recipient's
 * language with the platform's message bundles; the variable {@code baseUrl} is always
 * available for absolute links.
 */
@Service
public class MailService {

	private static final Logger log = LoggerFactory.getLogger(MailService.class);

	private final MailProperties properties;

	private final String baseUrl;

	private final MailFolder folder;

	private final MessageSource messages;

	private final ObjectProvider<JavaMailSender> smtp;

	private final SpringTemplateEngine templates;

	public MailService(MailProperties properties, PasserelleProperties platform, MailFolder folder,
			MessageSource messages, ObjectProvider<JavaMailSender> smtp) {
		this.properties = properties;
		this.baseUrl = stripTrailingSlash(platform.baseUrl());
		this.folder = folder;
		this.messages = messages;
		this.smtp = smtp;
		this.templates = templateEngine(messages);
	}

	/** Whether messages go to an SMTP server rather than to the mail folder. */
	public boolean usesSmtp() {
		return this.smtp.getIfAvailable() != null;
	}

	/**
	 * Sends the message now.
	 * @throws MailDeliveryException if the SMTP server refuses it or the file cannot be
	 * written
	 */
	public void send(MailMessage message) {
		send(message, Map.of());
	}

	/**
	 * Sends the message now with extra header fields, e.g. {@code Auto-Submitted} or
	 * {@code In-Reply-To}.
	 * @throws MailDeliveryException if the SMTP server refuses it or the file cannot be
	 * written
	 */
	public void send(MailMessage message, Map<String, String> headers) {
		JavaMailSender sender = this.smtp.getIfAvailable();
		try {
			if (sender != null) {
				sender.send(mime(sender.createMimeMessage(), message, headers));
				log.info("Mail \"{}\" sent by SMTP", message.subject());
			}
			else {
				String file = this.folder.write(mime(new MimeMessage(this.folder.session()), message, headers));
				log.info("Mail \"{}\" written to {}", message.subject(), file);
			}
		}
		catch (MessagingException | MailException ex) {
			throw new MailDeliveryException("Could not send \"" + message.subject() + "\"", ex);
		}
	}

	/**
	 * Renders a template into a message in the given language.
	 * @param to the recipient
	 * @param locale the recipient's language
	 * @param subjectKey the message key of the subject line, formatted with
	 * {@code subjectArgs}
	 * @param template the template's path under {@code templates/} without extension,
	 * e.g. {@code accounts/mail/confirm}
	 * @param variables the template's variables
	 */
	public MailMessage render(String to, Locale locale, String subjectKey, String template, Map<String, ?> variables,
			Object... subjectArgs) {
		Context context = new Context(locale);
		Map<String, Object> all = new HashMap<>(variables);
		all.putIfAbsent("baseUrl", this.baseUrl);
		all.putIfAbsent("recipient", to);
		context.setVariables(all);
		String text = this.templates.process(template + ".txt", context);
		String html = new ClassPathResource("templates/" + template + ".html").exists()
				? this.templates.process(template + ".html", context) : null;
		String subject = this.messages.getMessage(subjectKey, subjectArgs, locale);
		return new MailMessage(to, subject, text, html, locale);
	}

	/** Renders a template (see {@link #render}) and sends the message. */
	public void sendTemplate(String to, Locale locale, String subjectKey, String template, Map<String, ?> variables,
			Object... subjectArgs) {
		send(render(to, locale, subjectKey, template, variables, subjectArgs));
	}

	/**
	 * The public address of the platform, without a trailing slash, for links in
	 * messages.
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	private MimeMessage mime(MimeMessage mime, MailMessage message, Map<String, String> headers)
			throws MessagingException {
		MimeMessageHelper helper = new MimeMessageHelper(mime, message.html() != null, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(message.to());
		helper.setSubject(message.subject());
		if (message.replyTo() != null) {
			helper.setReplyTo(message.replyTo());
		}
		helper.setSentDate(new Date());
		if (message.html() != null) {
			helper.setText(message.text(), message.html());
		}
		else {
			helper.setText(message.text());
		}
		mime.setHeader("Content-Language", message.locale().toLanguageTag());
		for (Map.Entry<String, String> header : headers.entrySet()) {
			mime.setHeader(header.getKey(), header.getValue());
		}
		return mime;
	}

	private static SpringTemplateEngine templateEngine(MessageSource messages) {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateEngineMessageSource(messages);
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
		engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
		return engine;
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		resolver.setOrder(order);
		return resolver;
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
