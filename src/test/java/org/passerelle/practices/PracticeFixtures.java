package org.passerelle.practices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.passerelle.actors.internal.Organisation;
import org.passerelle.actors.internal.OrganisationData;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.practices.internal.Practice;
import org.passerelle.practices.internal.PracticeContent;
import org.passerelle.practices.internal.PracticeContent.PartnerRole;
import org.passerelle.practices.internal.PracticeContent.TranslatedText;
import org.passerelle.practices.internal.PracticeEditor;
import org.passerelle.practices.internal.PracticeRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves practices in any workflow state straight through the repository, as an import by
 * an administrator would, for tests that need a corpus rather than the editing rules:
 * <pre>{@code
 * long id = fixtures.practice("en", "Emergency shelter in Leeds", "The city opens…")
 *     .lead(leeds, "local-authority").countries("GB").themes("emergency-shelter").publish();
 * }</pre>
 */
public final class PracticeFixtures {

	private final PracticeRepository practices;

	private final OrganisationRepository organisations;

	private final TransactionTemplate transaction;

	public PracticeFixtures(PracticeRepository practices, OrganisationRepository organisations,
			TransactionTemplate transaction) {
		this.practices = practices;
		this.organisations = organisations;
		this.transaction = transaction;
	}

	/** A new organisation, returning its id. */
	public long organisation(String name, String type, String level, String country) {
		return this.transaction.execute(
				status -> this.organisations
					.save(new Organisation(
							new OrganisationData(name, null, type, level, country, null, null, null, null), null))
					.getId());
	}

	/** A practice to describe, then save in the state wanted. */
	public Draft practice(String language, String title, String summary) {
		return new Draft(language, title, summary);
	}

	/** A practice being described. */
	public final class Draft {

		private final String language;

		private final String title;

		private final String summary;

		private String description;

		private Long lead;

		private final List<PartnerRole> partners = new ArrayList<>();

		private final List<String> organisationTypes = new ArrayList<>();

		private List<String> countries = List.of();

		private List<String> levels = List.of();

		private List<String> themes = List.of();

		private List<Integer> gcm = List.of();

		private List<String> sdg = List.of();

		private List<String> targetGroups = List.of();

		private Integer startYear;

		private Integer endYear;

		private String results;

		private String externalId;

		private final Map<String, TranslatedText> translations = new LinkedHashMap<>();

		private Draft(String language, String title, String summary) {
			this.language = language;
			this.title = title;
			this.summary = summary;
		}

		public Draft description(String html) {
			this.description = html;
			return this;
		}

		public Draft results(String html) {
			this.results = html;
			return this;
		}

		public Draft lead(long organisationId, String type) {
			this.lead = organisationId;
			this.organisationTypes.add(type);
			return this;
		}

		public Draft partner(long organisationId, String type, String role) {
			this.partners.add(new PartnerRole(organisationId, role));
			this.organisationTypes.add(type);
			return this;
		}

		public Draft countries(String... codes) {
			this.countries = List.of(codes);
			return this;
		}

		public Draft levels(String... codes) {
			this.levels = List.of(codes);
			return this;
		}

		public Draft themes(String... codes) {
			this.themes = List.of(codes);
			return this;
		}

		public Draft gcm(Integer... objectives) {
			this.gcm = List.of(objectives);
			return this;
		}

		public Draft sdg(String... targets) {
			this.sdg = List.of(targets);
			return this;
		}

		public Draft targetGroups(String... codes) {
			this.targetGroups = List.of(codes);
			return this;
		}

		public Draft years(Integer start, Integer end) {
			this.startYear = start;
			this.endYear = end;
			return this;
		}

		public Draft externalId(String id) {
			this.externalId = id;
			return this;
		}

		public Draft translation(String language, String title, String summary) {
			this.translations.put(language, new TranslatedText(title, summary, null));
			return this;
		}

		/** Saves it published. */
		public long publish() {
			return save(Practice::publishDirectly);
		}

		/** Saves it as a draft. */
		public long draft() {
			return save(p -> {
			});
		}

		/** Saves it submitted to the moderators. */
		public long submit() {
			return save(Practice::submit);
		}

		/** Saves it published, then archived. */
		public long archive() {
			return save(p -> {
				p.publishDirectly();
				p.archive();
			});
		}

		private long save(java.util.function.Consumer<Practice> state) {
			PracticeContent content = PracticeEditor.sanitised(new PracticeContent(this.language, this.title,
					this.summary, this.description, this.lead, this.partners, this.countries, List.of(), List.of(),
					this.levels, this.themes, this.gcm, this.sdg, this.targetGroups, this.startYear, this.endYear, null,
					null, this.results, null, null, List.of(), this.translations));
			return PracticeFixtures.this.transaction.execute(status -> {
				Practice practice = new Practice(content, this.organisationTypes.stream().distinct().toList(), null);
				practice.setExternalId(this.externalId);
				state.accept(practice);
				return PracticeFixtures.this.practices.save(practice).getId();
			});
		}

	}

}
