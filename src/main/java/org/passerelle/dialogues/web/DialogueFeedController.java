package org.passerelle.dialogues.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.actors.OrganisationSummary;
import org.passerelle.dialogues.internal.Answer;
import org.passerelle.dialogues.internal.Attachment;
import org.passerelle.dialogues.internal.Contribution;
import org.passerelle.dialogues.internal.ContributionAttachments;
import org.passerelle.dialogues.internal.Dialogue;
import org.passerelle.dialogues.internal.DialogueReader;
import org.passerelle.dialogues.internal.PublishedContributions;
import org.passerelle.dialogues.internal.Round;
import org.passerelle.kernel.PasserelleProperties;
import org.passerelle.kernel.text.RichText;
import org.passerelle.kernel.web.AtomFeed;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * A dialogue outside its page: its rounds as an iCalendar file, its last published
 * contributions as an Atom feed, and the files attached to contributions. Each shows only
 * what the reader may see on the page.
 */
@Controller
class DialogueFeedController {

	/** Contributions in the feed. */
	static final int FEED_SIZE = 50;

	private final DialogueReader reader;

	private final PublishedContributions published;

	private final ContributionAttachments attachments;

	private final DialogueLabels labels;

	private final MessageSource messages;

	private final PasserelleProperties properties;

	DialogueFeedController(DialogueReader reader, PublishedContributions published, ContributionAttachments attachments,
			DialogueLabels labels, MessageSource messages, PasserelleProperties properties) {
		this.reader = reader;
		this.published = published;
		this.attachments = attachments;
		this.labels = labels;
		this.messages = messages;
		this.properties = properties;
	}

	@GetMapping("/dialogues/{slug}/rounds.ics")
	ResponseEntity<byte[]> calendar(@PathVariable String slug, HttpServletRequest request, Locale locale) {
		Dialogue dialogue = this.reader.get(slug);
		String page = baseUrl(request) + "/dialogues/" + dialogue.getSlug();
		List<ICalendarWriter.Event> events = dialogue.getRounds()
			.stream()
			.map(r -> new ICalendarWriter.Event(uid(dialogue, r), r.getOpensAt(), r.getClosesAt(),
					dialogue.getTitle() + " – " + roundTitle(r, locale), questions(r), page))
			.toList();
		String calendar = ICalendarWriter.write(dialogue.getTitle(), dialogue.getUpdatedAt(), events);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(dialogue.getSlug() + ".ics").build().toString())
			.body(calendar.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/dialogues/{slug}/contributions.atom")
	void feed(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException, XMLStreamException {
		Dialogue dialogue = this.reader.get(slug);
		String base = baseUrl(request);
		String page = base + "/dialogues/" + dialogue.getSlug();
		List<Contribution> latest = this.published.latest(dialogue, FEED_SIZE);
		Set<Long> people = latest.stream().map(Contribution::getAuthorId).collect(Collectors.toSet());
		Set<Long> organisations = latest.stream()
			.map(Contribution::getOrganisationId)
			.filter(id -> id != null)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Map<Long, String> names = this.labels.userNames(people);
		Map<Long, OrganisationSummary> orgs = this.labels.organisations(organisations);
		List<AtomFeed.Entry> entries = new ArrayList<>();
		for (Contribution c : latest) {
			OrganisationSummary org = c.getOrganisationId() == null ? null : orgs.get(c.getOrganisationId());
			String author = org != null ? org.displayName()
					: names.getOrDefault(c.getAuthorId(), message("dialogues.deletedUser", locale));
			String title = c.isReply() ? message("dialogues.feed.reply", locale, author)
					: message("dialogues.feed.entry", locale, author, c.getRoundNumber());
			entries.add(new AtomFeed.Entry(page + "#contribution-" + c.getId(), title, c.getLanguage(),
					c.getSubmittedAt(), c.getUpdatedAt(), author, List.of(), null, html(dialogue, c)));
		}
		AtomFeed.Feed feed = new AtomFeed.Feed(page + "/contributions.atom", page, dialogue.getTitle(),
				message("dialogues.feed.subtitle", locale, dialogue.getTitle()),
				locale.getLanguage().isEmpty() ? "fr" : locale.getLanguage(), dialogue.getUpdatedAt());
		response.setContentType("application/atom+xml;charset=UTF-8");
		AtomFeed.write(response.getOutputStream(), feed, entries);
	}

	@GetMapping("/dialogues/{slug}/attachments/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable String slug, @PathVariable long id) {
		Attachment file = this.attachments.download(slug, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.getFilename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentLength(file.getSize())
			.body(file.getContent());
	}

	/** Lasting: the dialogue's id and the round's number, at the platform's host. */
	private String uid(Dialogue dialogue, Round round) {
		String host = URI.create(this.properties.baseUrl()).getHost();
		return "round-" + round.getNumber() + ".dialogue-" + dialogue.getId() + "@"
				+ (host == null ? "passerelle" : host);
	}

	private String roundTitle(Round round, Locale locale) {
		return round.getTitle() != null ? round.getTitle() : message("dialogues.form.round", locale, round.getNumber());
	}

	private static String questions(Round round) {
		return IntStream.rangeClosed(1, round.getQuestions().size())
			.mapToObj(q -> q + ". " + round.question(q))
			.collect(Collectors.joining("\n"));
	}

	/** The answers, each after its question; a reply's text alone. */
	private String html(Dialogue dialogue, Contribution c) {
		if (c.isReply()) {
			return RichText.sanitise(c.replyText());
		}
		Round round = dialogue.round(c.getRoundNumber()).orElse(null);
		StringBuilder html = new StringBuilder();
		for (Answer answer : c.getAnswers()) {
			if (round != null && round.hasQuestion(answer.question())) {
				html.append("<p><strong>")
					.append(answer.question())
					.append(". ")
					.append(HtmlUtils.htmlEscape(round.question(answer.question())))
					.append("</strong></p>");
			}
			html.append(RichText.sanitise(answer.text()));
		}
		return html.toString();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static String baseUrl(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}

}
