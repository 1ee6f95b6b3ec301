package org.passerelle.practices.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern.Flag;
import jakarta.validation.constraints.Size;

import org.passerelle.kernel.search.Analyzers;
import org.passerelle.practices.internal.Practice;
import org.passerelle.practices.internal.PracticeContent;
import org.passerelle.practices.internal.PracticeContent.PartnerRole;
import org.passerelle.practices.internal.PracticeContent.TranslatedText;
import org.passerelle.practices.internal.PracticeProblem;

/**
 * What the practice form sends: every field of {@link PracticeContent}, as a browser
 * posts it (links one per line, partners as rows, translations per language), plus the
 * text typed in the pickers' search boxes and the version the edit started from. Bean
 * Validation checks what a form can check alone (required fields, lengths); the
 * {@code PracticeValidator} checks the rest when the content is saved, and
 * {@link #formField(PracticeProblem)} places its problems next to the right field.
 */
public class PracticeForm {

	/** The languages a practice may be written in, in the order the form offers them. */
	public static final List<String> LANGUAGES = List.of("fr", "en", "es", "pt", "ar", "it", "de", "nl", "sv", "ca");

	private static final Pattern PARTNER = Pattern.compile("partners\\[(\\d+)](\\.role)?");

	private static final Pattern TRANSLATION = Pattern
		.compile("translations\\.([^.]+)(?:\\.(title|summary|description))?");

	@NotBlank(message = "{practices.validation.language}")
	@jakarta.validation.constraints.Pattern(regexp = "[a-z]{2,3}", flags = Flag.CASE_INSENSITIVE,
			message = "{practices.validation.language}")
	private String language;

	@NotBlank(message = "{practices.validation.title}")
	@Size(max = Practice.TITLE_MAX, message = "{practices.validation.size}")
	private String title;

	@NotBlank(message = "{practices.validation.summary}")
	@Size(max = Practice.SUMMARY_MAX, message = "{practices.validation.size}")
	private String summary;

	@Size(max = Practice.RICH_TEXT_MAX, message = "{practices.validation.size}")
	private String description;

	private Long leadOrganisationId;

	/** What was typed in the lead organisation's search box. */
	private String leadQuery;

	@Valid
	private List<PartnerForm> partners = new ArrayList<>();

	@NotEmpty(message = "{practices.validation.countries}")
	private List<String> countries = new ArrayList<>();

	private List<String> territories = new ArrayList<>();

	/** What was typed in the territory picker's search box. */
	private String territoriesQuery;

	private List<String> originTerritories = new ArrayList<>();

	/** What was typed in the territory-of-origin picker's search box. */
	private String originTerritoriesQuery;

	private List<String> levels = new ArrayList<>();

	@NotEmpty(message = "{practices.validation.themes}")
	private List<String> themes = new ArrayList<>();

	private List<Integer> gcmObjectives = new ArrayList<>();

	private List<String> sdgTargets = new ArrayList<>();

	private List<String> targetGroups = new ArrayList<>();

	private Integer startYear;

	private Integer endYear;

	@Size(max = Practice.SHORT_TEXT_MAX, message = "{practices.validation.size}")
	private String budget;

	@Size(max = Practice.SHORT_TEXT_MAX, message = "{practices.validation.size}")
	private String fundingSources;

	@Size(max = Practice.RICH_TEXT_MAX, message = "{practices.validation.size}")
	private String results;

	@Size(max = Practice.RICH_TEXT_MAX, message = "{practices.validation.size}")
	private String lessons;

	@Size(max = Practice.RICH_TEXT_MAX, message = "{practices.validation.size}")
	private String transferability;

	/** Web addresses, one per line. */
	@Size(max = 20_000, message = "{practices.validation.size}")
	private String links;

	@Valid
	private Map<String, TranslationForm> translations = new LinkedHashMap<>();

	private Long version;

	/**
	 * An empty form: written in the reader's language when it is one of
	 * {@link #LANGUAGES}, led by the user's organisation when they edit for exactly one.
	 */
	public static PracticeForm empty(Locale locale, Set<Long> editorOf) {
		PracticeForm form = new PracticeForm();
		String reader = locale == null ? "fr" : locale.getLanguage();
		form.language = LANGUAGES.contains(reader) ? reader : "fr";
		if (editorOf.size() == 1) {
			form.leadOrganisationId = editorOf.iterator().next();
		}
		form.addTranslationSlots();
		return form;
	}

	/**
	 * Fills a new form with what another page detected (e.g. a dialogue's synthesis
	 * turning a contribution into a practice draft): texts longer than the fields allow
	 * are cut, blank values and unknown languages are ignored. Nothing is checked here:
	 * the form is validated as usual when it is sent.
	 */
	public void prefill(Prefill prefill) {
		if (prefill.title() != null && !prefill.title().isBlank()) {
			this.title = cut(prefill.title().strip(), Practice.TITLE_MAX);
		}
		if (prefill.summary() != null && !prefill.summary().isBlank()) {
			this.summary = cut(prefill.summary().strip(), Practice.SUMMARY_MAX);
		}
		if (prefill.language() != null && LANGUAGES.contains(prefill.language())) {
			this.language = prefill.language();
		}
		if (prefill.lead() != null) {
			this.leadOrganisationId = prefill.lead();
		}
		addDistinct(this.countries, prefill.countries());
		addDistinct(this.territories, prefill.territories());
		addDistinct(this.themes, prefill.themes());
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
	}

	private static void addDistinct(List<String> into, List<String> values) {
		if (values != null) {
			values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(v -> {
				if (!into.contains(v)) {
					into.add(v);
				}
			});
		}
	}

	/**
	 * What a link to the new-practice form may prefill, from its query parameters.
	 *
	 * @param title the title
	 * @param summary the summary (plain text)
	 * @param language the language of both
	 * @param countries ISO 3166-1 alpha-2 codes
	 * @param territories territory ids ({@code nuts:FRH03})
	 * @param themes theme codes
	 * @param lead the lead organisation's id
	 */
	public record Prefill(String title, String summary, String language, List<String> countries,
			List<String> territories, List<String> themes, Long lead) {
	}

	/** A form holding a practice's content, to edit it from the given version. */
	public static PracticeForm of(PracticeContent content, Long version) {
		PracticeForm form = new PracticeForm();
		form.language = content.language();
		form.title = content.title();
		form.summary = content.summary();
		form.description = content.description();
		form.leadOrganisationId = content.leadOrganisationId();
		content.partners().forEach(p -> form.partners.add(new PartnerForm(p.organisationId(), p.role())));
		form.countries = new ArrayList<>(content.countries());
		form.territories = new ArrayList<>(content.territories());
		form.originTerritories = new ArrayList<>(content.originTerritories());
		form.levels = new ArrayList<>(content.levels());
		form.themes = new ArrayList<>(content.themes());
		form.gcmObjectives = new ArrayList<>(content.gcmObjectives());
		form.sdgTargets = new ArrayList<>(content.sdgTargets());
		form.targetGroups = new ArrayList<>(content.targetGroups());
		form.startYear = content.startYear();
		form.endYear = content.endYear();
		form.budget = content.budget();
		form.fundingSources = content.fundingSources();
		form.results = content.results();
		form.lessons = content.lessons();
		form.transferability = content.transferability();
		form.links = content.links().isEmpty() ? null : String.join("\n", content.links());
		content.translations()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> form.translations.put(e.getKey(),
					new TranslationForm(e.getValue().title(), e.getValue().summary(), e.getValue().description())));
		form.version = version;
		form.addTranslationSlots();
		return form;
	}

	/**
	 * The content to save: strings trimmed and blanks dropped, codes without duplicates
	 * (countries in upper case), partner rows without an organisation left out,
	 * translations left empty left out.
	 */
	public PracticeContent toContent() {
		List<PartnerRole> partnerRoles = new ArrayList<>();
		for (PartnerForm row : this.partners) {
			if (row != null && row.getOrganisationId() != null) {
				partnerRoles.add(new PartnerRole(row.getOrganisationId(), clean(row.getRole())));
			}
		}
		Map<String, TranslatedText> texts = new LinkedHashMap<>();
		this.translations.forEach((lang, t) -> {
			if (t != null && !t.isEmpty()) {
				texts.put(lang,
						new TranslatedText(clean(t.getTitle()), clean(t.getSummary()), clean(t.getDescription())));
			}
		});
		String cleanLanguage = clean(this.language);
		return new PracticeContent(cleanLanguage == null ? null : cleanLanguage.toLowerCase(Locale.ROOT),
				oneLine(this.title), clean(this.summary), clean(this.description), this.leadOrganisationId,
				partnerRoles, codes(this.countries, true), codes(this.territories, false),
				codes(this.originTerritories, false), codes(this.levels, false), codes(this.themes, false),
				this.gcmObjectives.stream().filter(Objects::nonNull).distinct().toList(), codes(this.sdgTargets, false),
				codes(this.targetGroups, false), this.startYear, this.endYear, clean(this.budget),
				clean(this.fundingSources), clean(this.results), clean(this.lessons), clean(this.transferability),
				lines(this.links), texts);
	}

	/**
	 * The form field a problem found by the validator belongs to: {@code organisation} is
	 * {@code leadOrganisationId}, the n-th partner (counted from 1, among the rows that
	 * have an organisation) is its row, {@code translations.en.title} is
	 * {@code translations[en].title}; other fields have the same name.
	 */
	public String formField(PracticeProblem problem) {
		String field = problem.field();
		if (field.equals("organisation")) {
			return "leadOrganisationId";
		}
		Matcher partner = PARTNER.matcher(field);
		if (partner.matches()) {
			int row = partnerRow(Integer.parseInt(partner.group(1)) - 1);
			return "partners[" + row + "]" + (partner.group(2) == null ? ".organisationId" : ".role");
		}
		Matcher translation = TRANSLATION.matcher(field);
		if (translation.matches()) {
			return "translations[" + translation.group(1) + "]."
					+ (translation.group(2) == null ? "title" : translation.group(2));
		}
		return field;
	}

	/** The row of the n-th partner of the content (from 0), skipping empty rows. */
	private int partnerRow(int index) {
		int seen = -1;
		for (int row = 0; row < this.partners.size(); row++) {
			PartnerForm partner = this.partners.get(row);
			if (partner != null && partner.getOrganisationId() != null && ++seen == index) {
				return row;
			}
		}
		return index;
	}

	/**
	 * Rows that have a role but no organisation: their text would be lost, so the form
	 * asks for the organisation.
	 */
	public List<Integer> partnerRowsWithoutOrganisation() {
		List<Integer> rows = new ArrayList<>();
		for (int row = 0; row < this.partners.size(); row++) {
			PartnerForm partner = this.partners.get(row);
			if (partner != null && partner.getOrganisationId() == null && clean(partner.getRole()) != null) {
				rows.add(row);
			}
		}
		return rows;
	}

	/**
	 * The languages a translation may be given in on the form: every content language
	 * other than the original one, then any other language that already has a translation
	 * (also the original language when a translation in it has text, so that its problem
	 * can be shown).
	 */
	public List<String> translationLanguages() {
		Set<String> languages = new LinkedHashSet<>();
		for (String lang : Analyzers.LANGUAGES) {
			if (!lang.equals(this.language) || hasTranslation(lang)) {
				languages.add(lang);
			}
		}
		this.translations.keySet()
			.stream()
			.filter(lang -> hasTranslation(lang) || !lang.equals(this.language))
			.forEach(languages::add);
		return List.copyOf(languages);
	}

	/** Adds an empty translation for each language the form offers that has none. */
	public void addTranslationSlots() {
		for (String lang : translationLanguages()) {
			this.translations.computeIfAbsent(lang, k -> new TranslationForm());
		}
	}

	private boolean hasTranslation(String lang) {
		TranslationForm translation = this.translations.get(lang);
		return translation != null && !translation.isEmpty();
	}

	/** The organisations named on the form (lead and partners), lead first. */
	public Set<Long> organisationIds() {
		Set<Long> ids = new LinkedHashSet<>();
		if (this.leadOrganisationId != null) {
			ids.add(this.leadOrganisationId);
		}
		this.partners.stream()
			.filter(Objects::nonNull)
			.map(PartnerForm::getOrganisationId)
			.filter(Objects::nonNull)
			.forEach(ids::add);
		return ids;
	}

	/** Adds an empty partner row at the end. */
	public void addPartnerRow() {
		this.partners.add(new PartnerForm());
	}

	/** Removes a partner row, if there is one at that position. */
	public void removePartnerRow(Integer row) {
		if (row != null && row >= 0 && row < this.partners.size()) {
			this.partners.remove(row.intValue());
		}
	}

	/** The partner row at that position, if there is one. */
	public PartnerForm partnerRow(Integer row) {
		return row != null && row >= 0 && row < this.partners.size() ? this.partners.get(row) : null;
	}

	/** The territories of a picker ({@code territories} or {@code originTerritories}). */
	public List<String> territoryList(String picker) {
		return "originTerritories".equals(picker) ? this.originTerritories : this.territories;
	}

	/** What was typed in a territory picker's search box. */
	public String territoryQuery(String picker) {
		return "originTerritories".equals(picker) ? this.originTerritoriesQuery : this.territoriesQuery;
	}

	/** Clears a territory picker's search box. */
	public void clearTerritoryQuery(String picker) {
		if ("originTerritories".equals(picker)) {
			this.originTerritoriesQuery = null;
		}
		else {
			this.territoriesQuery = null;
		}
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String oneLine(String value) {
		String text = clean(value);
		return text == null ? null : text.replaceAll("\\s+", " ");
	}

	private static List<String> codes(List<String> values, boolean upperCase) {
		return values.stream()
			.map(PracticeForm::clean)
			.filter(Objects::nonNull)
			.map(v -> upperCase ? v.toUpperCase(Locale.ROOT) : v)
			.distinct()
			.toList();
	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getLeadOrganisationId() {
		return this.leadOrganisationId;
	}

	public void setLeadOrganisationId(Long leadOrganisationId) {
		this.leadOrganisationId = leadOrganisationId;
	}

	public String getLeadQuery() {
		return this.leadQuery;
	}

	public void setLeadQuery(String leadQuery) {
		this.leadQuery = leadQuery;
	}

	public List<PartnerForm> getPartners() {
		return this.partners;
	}

	public void setPartners(List<PartnerForm> partners) {
		this.partners = partners == null ? new ArrayList<>() : partners;
	}

	public List<String> getCountries() {
		return this.countries;
	}

	public void setCountries(List<String> countries) {
		this.countries = countries == null ? new ArrayList<>() : countries;
	}

	public List<String> getTerritories() {
		return this.territories;
	}

	public void setTerritories(List<String> territories) {
		this.territories = territories == null ? new ArrayList<>() : territories;
	}

	public String getTerritoriesQuery() {
		return this.territoriesQuery;
	}

	public void setTerritoriesQuery(String territoriesQuery) {
		this.territoriesQuery = territoriesQuery;
	}

	public List<String> getOriginTerritories() {
		return this.originTerritories;
	}

	public void setOriginTerritories(List<String> originTerritories) {
		this.originTerritories = originTerritories == null ? new ArrayList<>() : originTerritories;
	}

	public String getOriginTerritoriesQuery() {
		return this.originTerritoriesQuery;
	}

	public void setOriginTerritoriesQuery(String originTerritoriesQuery) {
		this.originTerritoriesQuery = originTerritoriesQuery;
	}

	public List<String> getLevels() {
		return this.levels;
	}

	public void setLevels(List<String> levels) {
		this.levels = levels == null ? new ArrayList<>() : levels;
	}

	public List<String> getThemes() {
		return this.themes;
	}

	public void setThemes(List<String> themes) {
		this.themes = themes == null ? new ArrayList<>() : themes;
	}

	public List<Integer> getGcmObjectives() {
		return this.gcmObjectives;
	}

	public void setGcmObjectives(List<Integer> gcmObjectives) {
		this.gcmObjectives = gcmObjectives == null ? new ArrayList<>() : gcmObjectives;
	}

	public List<String> getSdgTargets() {
		return this.sdgTargets;
	}

	public void setSdgTargets(List<String> sdgTargets) {
		this.sdgTargets = sdgTargets == null ? new ArrayList<>() : sdgTargets;
	}

	public List<String> getTargetGroups() {
		return this.targetGroups;
	}

	public void setTargetGroups(List<String> targetGroups) {
		this.targetGroups = targetGroups == null ? new ArrayList<>() : targetGroups;
	}

	public Integer getStartYear() {
		return this.startYear;
	}

	public void setStartYear(Integer startYear) {
		this.startYear = startYear;
	}

	public Integer getEndYear() {
		return this.endYear;
	}

	public void setEndYear(Integer endYear) {
		this.endYear = endYear;
	}

	public String getBudget() {
		return this.budget;
	}

	public void setBudget(String budget) {
		this.budget = budget;
	}

	public String getFundingSources() {
		return this.fundingSources;
	}

	public void setFundingSources(String fundingSources) {
		this.fundingSources = fundingSources;
	}

	public String getResults() {
		return this.results;
	}

	public void setResults(String results) {
		this.results = results;
	}

	public String getLessons() {
		return this.lessons;
	}

	public void setLessons(String lessons) {
		this.lessons = lessons;
	}

	public String getTransferability() {
		return this.transferability;
	}

	public void setTransferability(String transferability) {
		this.transferability = transferability;
	}

	public String getLinks() {
		return this.links;
	}

	public void setLinks(String links) {
		this.links = links;
	}

	public Map<String, TranslationForm> getTranslations() {
		return this.translations;
	}

	public void setTranslations(Map<String, TranslationForm> translations) {
		this.translations = translations == null ? new LinkedHashMap<>() : translations;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** A partner row: the organisation picked, its role, and the picker's search text. */
	public static class PartnerForm {

		private Long organisationId;

		@Size(max = PracticeContent.ROLE_MAX, message = "{practices.validation.size}")
		private String role;

		private String query;

		public PartnerForm() {
		}

		public PartnerForm(Long organisationId, String role) {
			this.organisationId = organisationId;
			this.role = role;
		}

		public Long getOrganisationId() {
			return this.organisationId;
		}

		public void setOrganisationId(Long organisationId) {
			this.organisationId = organisationId;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public String getQuery() {
			return this.query;
		}

		public void setQuery(String query) {
			this.query = query;
		}

	}

	/** The translated texts in one language; all blank means no translation. */
	public static class TranslationForm {

		@Size(max = Practice.TITLE_MAX, message = "{practices.validation.size}")
		private String title;

		@Size(max = Practice.SUMMARY_MAX, message = "{practices.validation.size}")
		private String summary;

		@Size(max = Practice.RICH_TEXT_MAX, message = "{practices.validation.size}")
		private String description;

		public TranslationForm() {
		}

		public TranslationForm(String title, String summary, String description) {
			this.title = title;
			this.summary = summary;
			this.description = description;
		}

		/** Whether nothing was written in it. */
		public boolean isEmpty() {
			return clean(this.title) == null && clean(this.summary) == null && clean(this.description) == null;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getSummary() {
			return this.summary;
		}

		public void setSummary(String summary) {
			this.summary = summary;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

	}

}
