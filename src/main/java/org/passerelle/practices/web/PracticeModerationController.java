package org.passerelle.practices.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.actors.OrganisationSummary;
import org.passerelle.kernel.text.RichText;
import org.passerelle.kernel.web.Flash;
import org.passerelle.kernel.web.Htmx;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.internal.ModerationConflictException;
import org.passerelle.practices.internal.ModerationQueueFilter;
import org.passerelle.practices.internal.Practice;
import org.passerelle.practices.internal.PracticeModeration;
import org.passerelle.practices.internal.PracticeRejectedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * The moderators' queue: submitted practices, the longest waiting first, with filters;
 * publishing and returning with a reason. With htmx a decision replaces the practice's
 * entry in place; without it, the queue is shown again with a message. Each decision
 * carries the version of the practice the moderator saw, so that a practice changed or
 * already decided in the meantime is left alone and the moderator told why.
 */
@Controller
class PracticeModerationController {

	static final String QUEUE = "/practices/moderation";

	private static final int PAGE_SIZE = 20;

	private static final int EXCERPT = 300;

	private final PracticeModeration moderation;

	private final ModerationLabels labels;

	PracticeModerationController(PracticeModeration moderation, ModerationLabels labels) {
		this.moderation = moderation;
		this.labels = labels;
	}

	@GetMapping(QUEUE)
	String queue(@RequestParam(required = false) String language, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String country, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model, Locale locale) {
		ModerationQueueFilter filter = new ModerationQueueFilter(language, theme, country);
		Page<Practice> practices = this.moderation.queue(filter, PageRequest.of(Math.max(0, page), PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("practices", practices);
		model.addAttribute("rows", rows(practices.getContent(), locale));
		if (Htmx.isPartialRequest(request)) {
			return "practices/moderation :: results";
		}
		model.addAttribute("languageOptions", this.labels.languages(locale));
		model.addAttribute("themeOptions", this.labels.themes(locale));
		model.addAttribute("countryOptions", this.labels.countries(locale));
		return "practices/moderation";
	}

	@PostMapping("/practices/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version, HttpServletRequest request, Model model,
			Locale locale, RedirectAttributes redirect) {
		Practice practice = this.moderation.get(id);
		Flash outcome;
		String state;
		try {
			this.moderation.approve(id, version);
			outcome = Flash.success("practices.moderation.published", practice.getTitle());
			state = "published";
		}
		catch (ModerationConflictException ex) {
			outcome = conflict(ex, practice);
			state = "conflict";
		}
		catch (OptimisticLockingFailureException ex) {
			outcome = Flash.warning("practices.moderation.changed", practice.getTitle());
			state = "conflict";
		}
		return decided(id, state, outcome, request, model, locale, redirect);
	}

	@GetMapping("/practices/{id}/return")
	String returnForm(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect) {
		Practice practice = this.moderation.get(id);
		if (practice.getStatus() != PracticeStatus.SUBMITTED) {
			Flash.warning("practices.moderation.decided", practice.getTitle()).addTo(redirect);
			return "redirect:" + QUEUE;
		}
		model.addAttribute("row", row(practice, Map.of(), locale));
		model.addAttribute("reason", "");
		return "practices/return";
	}

	@PostMapping("/practices/{id}/return")
	String returnToAuthor(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String reason, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale, RedirectAttributes redirect) {
		Practice practice = this.moderation.get(id);
		Flash outcome;
		String state;
		try {
			this.moderation.returnToAuthor(id, version, reason);
			outcome = Flash.success("practices.moderation.returned", practice.getTitle());
			state = "returned";
		}
		catch (PracticeRejectedException ex) {
			// the reason is missing or too long: the same form again, with the error
			ModerationRow row = row(practice, Map.of(), locale).withReasonError(reason,
					ex.problems().get(0).messageKey(), ex.problems().get(0).arguments());
			model.addAttribute("row", row);
			model.addAttribute("reason", reason);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return Htmx.isPartialRequest(request) ? "practices/moderation :: item" : "practices/return";
		}
		catch (ModerationConflictException ex) {
			outcome = conflict(ex, practice);
			state = "conflict";
		}
		catch (OptimisticLockingFailureException ex) {
			outcome = Flash.warning("practices.moderation.changed", practice.getTitle());
			state = "conflict";
		}
		return decided(id, state, outcome, request, model, locale, redirect);
	}

	private String decided(long id, String state, Flash outcome, HttpServletRequest request, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!Htmx.isPartialRequest(request)) {
			outcome.addTo(redirect);
			return "redirect:" + QUEUE;
		}
		Practice now = this.moderation.get(id);
		model.addAttribute("row", row(now, Map.of(), locale).decided(state, outcome));
		return "practices/moderation :: item";
	}

	private static Flash conflict(ModerationConflictException ex, Practice practice) {
		return ex.alreadyDecided() ? Flash.warning("practices.moderation.decided", practice.getTitle())
				: Flash.warning("practices.moderation.changed", practice.getTitle());
	}

	private List<ModerationRow> rows(List<Practice> practices, Locale locale) {
		Map<Long, OrganisationSummary> organisations = this.labels.organisations(
				practices.stream().map(Practice::getLeadOrganisationId).filter(Objects::nonNull).distinct().toList());
		return practices.stream().map(p -> row(p, organisations, locale)).toList();
	}

	private ModerationRow row(Practice practice, Map<Long, OrganisationSummary> known, Locale locale) {
		Long leadId = practice.getLeadOrganisationId();
		OrganisationSummary lead = leadId == null ? null : known.containsKey(leadId) ? known.get(leadId)
				: this.labels.organisations(List.of(leadId)).get(leadId);
		return new ModerationRow(practice.getId(), practice.getVersion(), practice.getTitle(), practice.getLanguage(),
				this.labels.language(practice.getLanguage(), locale),
				RichText.excerpt("<p>" + HtmlUtils.htmlEscape(practice.getSummary()) + "</p>", EXCERPT),
				lead == null ? null : lead.id(), lead == null ? null : lead.displayName(),
				this.labels.date(practice.getSubmittedAt(), locale),
				practice.getCountries().stream().map(c -> this.labels.country(c, locale)).toList(),
				practice.getThemes().stream().map(t -> this.labels.theme(t, locale)).toList(),
				practice.getStatus() == PracticeStatus.SUBMITTED ? null : "decided", List.of(), null, List.of());
	}

	/**
	 * One practice of the queue.
	 *
	 * @param id the practice
	 * @param version the version shown, sent back with a decision
	 * @param title its title
	 * @param language its language's code
	 * @param languageName its language's name
	 * @param summary its summary, shortened
	 * @param organisationId its lead organisation, or {@code null}
	 * @param organisationName that organisation's name, or {@code null}
	 * @param submittedOn when it was submitted
	 * @param countries names of its countries
	 * @param themes labels of its themes
	 * @param state {@code null} while it waits; {@code published}, {@code returned},
	 * {@code conflict} or {@code decided} once it no longer does
	 * @param messages what to tell the moderator in the entry
	 * @param reasonError the message key of what is wrong with the reason given, or
	 * {@code null}
	 * @param reasonErrorArguments that message's arguments
	 */
	public record ModerationRow(long id, long version, String title, String language, String languageName,
			String summary, Long organisationId, String organisationName, String submittedOn, List<String> countries,
			List<String> themes, String state, List<Flash> messages, String reasonError,
			List<Object> reasonErrorArguments) {

		ModerationRow decided(String newState, Flash message) {
			return new ModerationRow(this.id, this.version, this.title, this.language, this.languageName, this.summary,
					this.organisationId, this.organisationName, this.submittedOn, this.countries, this.themes, newState,
					List.of(message), null, List.of());
		}

		ModerationRow withReasonError(String reason, String messageKey, List<Object> arguments) {
			return new ModerationRow(this.id, this.version, this.title, this.language, this.languageName, this.summary,
					this.organisationId, this.organisationName, this.submittedOn, this.countries, this.themes,
					this.state, List.of(), messageKey, new ArrayList<>(arguments));
		}

		/** Whether it still waits for a decision. */
		public boolean pending() {
			return this.state == null;
		}

		/** The longest reason accepted. */
		public int reasonMax() {
			return Practice.REASON_MAX;
		}

		/** The error's arguments as the message source wants them. */
		public Object[] reasonErrorArgumentArray() {
			return this.reasonErrorArguments.toArray();
		}

	}

}
