package org.passerelle.practices.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.text.RichText;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.internal.Practice;
import org.passerelle.practices.internal.PracticeContent.TranslatedText;
import org.passerelle.practices.internal.PracticePermissions;
import org.passerelle.practices.web.PracticeLabels.Option;
import org.passerelle.practices.web.PracticeView.Actions;
import org.passerelle.practices.web.PracticeView.LanguageLink;
import org.passerelle.practices.web.PracticeView.Organisation;
import org.springframework.stereotype.Component;

/** Builds the {@link PracticeView} of a practice for one reader. */
@Component
class PracticeViews {

	/** The value of {@code lang} that asks for the original texts. */
	static final String ORIGINAL = "original";

	private final PracticeLabels labels;

	private final OrganisationDirectory organisations;

	private final PracticePermissions permissions;

	PracticeViews(PracticeLabels labels, OrganisationDirectory organisations, PracticePermissions permissions) {
		this.labels = labels;
		this.organisations = organisations;
		this.permissions = permissions;
	}

	/**
	 * The language whose texts the reader gets: the one asked for with {@code lang} if
	 * the practice has it, else the reader's interface language if a translation in it
	 * exists, else the original.
	 */
	static String shownLanguage(Practice practice, String requested, Locale locale) {
		if (requested != null) {
			return practice.getTranslations().containsKey(requested) ? requested : practice.getLanguage();
		}
		String reader = locale.getLanguage();
		return practice.getTranslations().containsKey(reader) ? reader : practice.getLanguage();
	}

	PracticeView view(Practice practice, String requested, Locale locale) {
		String shown = shownLanguage(practice, requested, locale);
		TranslatedText translation = shown.equals(practice.getLanguage()) ? null
				: practice.getTranslations().get(shown);
		String title = translation == null ? practice.getTitle() : translation.title();
		String summary = translation == null ? practice.getSummary() : translation.summary();
		String description = translation == null ? practice.getDescription() : translation.description();

		Map<Long, OrganisationSummary> named = this.organisations.findAll(practice.organisationIds())
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
		Organisation lead = practice.getLeadOrganisationId() == null ? null
				: organisation(named, practice.getLeadOrganisationId(), null);
		List<Organisation> partners = practice.getPartners()
			.stream()
			.map(p -> organisation(named, p.organisationId(), p.role()))
			.toList();

		List<LanguageLink> readIn = new ArrayList<>();
		for (String lang : practice.languages()) {
			if (!lang.equals(shown)) {
				boolean original = lang.equals(practice.getLanguage());
				readIn.add(new LanguageLink(lang, this.labels.language(lang, locale), original ? ORIGINAL : lang,
						original));
			}
		}

		boolean canEdit = this.permissions.canEdit(practice);
		PracticeStatus status = practice.getStatus();
		Actions actions = new Actions(canEdit, canEdit && status.isWithAuthor(),
				canEdit && status == PracticeStatus.PUBLISHED, canEdit && status == PracticeStatus.ARCHIVED);

		return new PracticeView(practice.getId(), status, practice.getReturnReason(), practice.getLanguage(),
				this.labels.languageInText(practice.getLanguage(), locale), shown,
				this.labels.languageInText(shown, locale), title, paragraphs(summary), RichText.sanitise(description),
				lead, partners,
				practice.getCountries()
					.stream()
					.map(code -> new Option(code, this.labels.country(code, locale)))
					.toList(),
				territories(practice.getTerritories(), locale), territories(practice.getOriginTerritories(), locale),
				this.labels.labels(Taxonomies.LEVEL, practice.getLevels(), locale),
				this.labels.labels(Taxonomies.THEME, practice.getThemes(), locale),
				this.labels.labels(Taxonomies.TARGET_GROUP, practice.getTargetGroups(), locale),
				this.labels.labels(Taxonomies.GCM_OBJECTIVE,
						practice.getGcmObjectives().stream().map(String::valueOf).toList(), locale),
				this.labels.labels(Taxonomies.SDG_TARGET, practice.getSdgTargets(), locale), practice.getStartYear(),
				practice.getEndYear(), practice.getBudget(), practice.getFundingSources(),
				RichText.sanitise(practice.getResults()), RichText.sanitise(practice.getLessons()),
				RichText.sanitise(practice.getTransferability()), practice.getLinks(), readIn,
				date(practice.getPublishedAt(), locale), date(practice.getUpdatedAt(), locale), actions);
	}

	/** The display names of organisations, by id, for the form's pickers. */
	Map<Long, String> organisationNames(java.util.Collection<Long> ids) {
		return this.organisations.findAll(ids)
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::displayName));
	}

	private List<Option> territories(List<String> ids, Locale locale) {
		return ids.stream().map(id -> new Option(id, this.labels.territory(id, locale))).toList();
	}

	private static Organisation organisation(Map<Long, OrganisationSummary> named, long id, String role) {
		OrganisationSummary organisation = named.get(id);
		return new Organisation(id, organisation == null ? null : organisation.displayName(), role);
	}

	/** Plain text split into paragraphs at blank lines. */
	static List<String> paragraphs(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	private static String date(Instant instant, Locale locale) {
		return instant == null ? null
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(locale)
					.format(instant.atZone(ZoneId.systemDefault()));
	}

}
