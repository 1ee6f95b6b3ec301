package org.passerelle.practices.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.internal.PracticeContent.PartnerRole;
import org.passerelle.practices.internal.PracticeContent.TranslatedText;

/**
 * A practice of the knowledge base. Its content ({@link PracticeContent}) is replaced
 * whole on each edit; its status changes only through the workflow methods, which check
 * that the change is allowed from the current status. Organisations are actors ids. Every
 * change is kept by Envers.
 */
@Entity
@Table(name = "practices_practice")
@Audited
@Indexed(index = "practices-practice")
@TypeBinding(binder = @TypeBinderRef(type = PracticeIndexBinder.class))
public class Practice {

	public static final int TITLE_MAX = 300;

	public static final int SUMMARY_MAX = 2000;

	/** Longest rich-text field accepted, in characters of markup. */
	public static final int RICH_TEXT_MAX = 100_000;

	public static final int SHORT_TEXT_MAX = 1000;

	public static final int REASON_MAX = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "external_id", length = 200, unique = true)
	@KeywordField(name = PracticeFields.EXTERNAL_ID)
	private String externalId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	@KeywordField(name = PracticeFields.STATUS, aggregable = Aggregable.YES)
	private PracticeStatus status;

	@Column(nullable = false, length = 10)
	@KeywordField(name = PracticeFields.LANGUAGE, aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String language;

	@Column(nullable = false, length = TITLE_MAX)
	private String title;

	@Column(nullable = false, length = SUMMARY_MAX)
	private String summary;

	@Column(length = RICH_TEXT_MAX)
	private String description;

	@Column(name = "lead_organisation_id")
	private Long leadOrganisationId;

	@Convert(converter = PartnerList.class)
	@Column(length = 20_000)
	private List<PartnerRole> partners = List.of();

	/**
	 * The types of the lead and partner organisations, copied when the practice is saved
	 * so that the search can filter by them.
	 */
	@Convert(converter = CodeList.class)
	@Column(name = "organisation_types", length = 2000)
	@KeywordField(name = PracticeFields.ORGANISATION_TYPE, aggregable = Aggregable.YES)
	private List<String> organisationTypes = List.of();

	@Convert(converter = CodeList.class)
	@Column(length = 2000)
	@KeywordField(name = PracticeFields.COUNTRY, aggregable = Aggregable.YES)
	private List<String> countries = List.of();

	@Convert(converter = CodeList.class)
	@Column(length = 20_000)
	@KeywordField(name = PracticeFields.TERRITORY)
	private List<String> territories = List.of();

	@Convert(converter = CodeList.class)
	@Column(name = "origin_territories", length = 20_000)
	@KeywordField(name = PracticeFields.ORIGIN_TERRITORY)
	private List<String> originTerritories = List.of();

	@Convert(converter = CodeList.class)
	@Column(length = 500)
	@KeywordField(name = PracticeFields.LEVEL, aggregable = Aggregable.YES)
	private List<String> levels = List.of();

	@Convert(converter = CodeList.class)
	@Column(length = 2000)
	@KeywordField(name = PracticeFields.THEME, aggregable = Aggregable.YES)
	private List<String> themes = List.of();

	@Convert(converter = CodeList.Numbers.class)
	@Column(name = "gcm_objectives", length = 200)
	@GenericField(name = PracticeFields.GCM, aggregable = Aggregable.YES)
	private List<Integer> gcmObjectives = List.of();

	@Convert(converter = CodeList.class)
	@Column(name = "sdg_targets", length = 2000)
	@KeywordField(name = PracticeFields.SDG, aggregable = Aggregable.YES)
	private List<String> sdgTargets = List.of();

	@Convert(converter = CodeList.class)
	@Column(name = "target_groups", length = 1000)
	@KeywordField(name = PracticeFields.TARGET_GROUP, aggregable = Aggregable.YES)
	private List<String> targetGroups = List.of();

	@Column(name = "start_year")
	@GenericField(name = PracticeFields.START_YEAR, aggregable = Aggregable.YES, sortable = Sortable.YES)
	private Integer startYear;

	@Column(name = "end_year")
	private Integer endYear;

	@Column(length = SHORT_TEXT_MAX)
	private String budget;

	@Column(name = "funding_sources", length = SHORT_TEXT_MAX)
	private String fundingSources;

	@Column(length = RICH_TEXT_MAX)
	private String results;

	@Column(length = RICH_TEXT_MAX)
	private String lessons;

	@Column(length = RICH_TEXT_MAX)
	private String transferability;

	@Convert(converter = CodeList.class)
	@Column(length = 20_000)
	private List<String> links = List.of();

	@Convert(converter = TranslationMap.class)
	@Column(length = 1_000_000)
	private Map<String, TranslatedText> translations = Map.of();

	@Column(name = "return_reason", length = REASON_MAX)
	private String returnReason;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	@NotAudited
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	@GenericField(name = PracticeFields.UPDATED_AT, sortable = Sortable.YES)
	private Instant updatedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "published_at")
	@GenericField(name = PracticeFields.PUBLISHED_AT, sortable = Sortable.YES, projectable = Projectable.YES)
	private Instant publishedAt;

	@Version
	private long version;

	protected Practice() {
	}

	/** A new draft by the given user ({@code null} for imports and demo content). */
	public Practice(PracticeContent content, List<String> organisationTypes, Long createdBy) {
		this.status = PracticeStatus.DRAFT;
		this.createdBy = createdBy;
		apply(content, organisationTypes);
	}

	/** Replaces the whole content. */
	public void apply(PracticeContent content, List<String> organisationTypes) {
		this.language = content.language();
		this.title = content.title();
		this.summary = content.summary();
		this.description = content.description();
		this.leadOrganisationId = content.leadOrganisationId();
		this.partners = content.partners();
		this.organisationTypes = List.copyOf(organisationTypes);
		this.countries = content.countries();
		this.territories = content.territories();
		this.originTerritories = content.originTerritories();
		this.levels = content.levels();
		this.themes = content.themes();
		this.gcmObjectives = content.gcmObjectives();
		this.sdgTargets = content.sdgTargets();
		this.targetGroups = content.targetGroups();
		this.startYear = content.startYear();
		this.endYear = content.endYear();
		this.budget = content.budget();
		this.fundingSources = content.fundingSources();
		this.results = content.results();
		this.lessons = content.lessons();
		this.transferability = content.transferability();
		this.links = content.links();
		this.translations = content.translations();
	}

	/** The content as an author would edit it. */
	public PracticeContent content() {
		return new PracticeContent(this.language, this.title, this.summary, this.description, this.leadOrganisationId,
				this.partners, this.countries, this.territories, this.originTerritories, this.levels, this.themes,
				this.gcmObjectives, this.sdgTargets, this.targetGroups, this.startYear, this.endYear, this.budget,
				this.fundingSources, this.results, this.lessons, this.transferability, this.links, this.translations);
	}

	/**
	 * Sends a draft or returned practice to the moderators.
	 * @throws IllegalStateException from another status
	 */
	public void submit() {
		require(this.status.isWithAuthor(), "submit");
		this.status = PracticeStatus.SUBMITTED;
		this.submittedAt = Instant.now();
	}

	/**
	 * Publishes a submitted practice.
	 * @throws IllegalStateException from another status
	 */
	public void publish() {
		require(this.status == PracticeStatus.SUBMITTED, "publish");
		publishNow();
	}

	/**
	 * Publishes without moderation, for imports by administrators and demo content.
	 */
	public void publishDirectly() {
		require(this.status != PracticeStatus.ARCHIVED, "publish");
		publishNow();
	}

	private void publishNow() {
		this.status = PracticeStatus.PUBLISHED;
		this.returnReason = null;
		if (this.publishedAt == null) {
			this.publishedAt = Instant.now();
		}
	}

	/**
	 * Returns a submitted practice to its author with the reason.
	 * @throws IllegalStateException from another status
	 */
	public void returnToAuthor(String reason) {
		require(this.status == PracticeStatus.SUBMITTED, "return");
		this.status = PracticeStatus.RETURNED;
		this.returnReason = reason;
	}

	/**
	 * Archives a published practice: it stays readable by link, but leaves the search.
	 * @throws IllegalStateException from another status
	 */
	public void archive() {
		require(this.status == PracticeStatus.PUBLISHED, "archive");
		this.status = PracticeStatus.ARCHIVED;
	}

	/**
	 * Brings an archived practice back to the published ones.
	 * @throws IllegalStateException from another status
	 */
	public void restore() {
		require(this.status == PracticeStatus.ARCHIVED, "restore");
		this.status = PracticeStatus.PUBLISHED;
	}

	private void require(boolean allowed, String action) {
		if (!allowed) {
			throw new IllegalStateException("Cannot " + action + " a practice that is " + this.status);
		}
	}

	/**
	 * The import identifier, unique per source.
	 */
	public void setExternalId(String externalId) {
		this.externalId = externalId;
	}

	/** The lead organisation and the partners, lead first, without duplicates. */
	public Set<Long> organisationIds() {
		return content().organisationIds();
	}

	/** The languages it can be read in: the original one first. */
	public List<String> languages() {
		List<String> all = new ArrayList<>();
		all.add(this.language);
		this.translations.keySet().stream().sorted().filter(l -> !l.equals(this.language)).forEach(all::add);
		return all;
	}

	@PrePersist
	void onCreate() {
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getExternalId() {
		return this.externalId;
	}

	public PracticeStatus getStatus() {
		return this.status;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getDescription() {
		return this.description;
	}

	public Long getLeadOrganisationId() {
		return this.leadOrganisationId;
	}

	public List<PartnerRole> getPartners() {
		return this.partners;
	}

	public List<String> getOrganisationTypes() {
		return this.organisationTypes;
	}

	public List<String> getCountries() {
		return this.countries;
	}

	public List<String> getTerritories() {
		return this.territories;
	}

	public List<String> getOriginTerritories() {
		return this.originTerritories;
	}

	public List<String> getLevels() {
		return this.levels;
	}

	public List<String> getThemes() {
		return this.themes;
	}

	public List<Integer> getGcmObjectives() {
		return this.gcmObjectives;
	}

	public List<String> getSdgTargets() {
		return this.sdgTargets;
	}

	public List<String> getTargetGroups() {
		return this.targetGroups;
	}

	public Integer getStartYear() {
		return this.startYear;
	}

	public Integer getEndYear() {
		return this.endYear;
	}

	public String getBudget() {
		return this.budget;
	}

	public String getFundingSources() {
		return this.fundingSources;
	}

	public String getResults() {
		return this.results;
	}

	public String getLessons() {
		return this.lessons;
	}

	public String getTransferability() {
		return this.transferability;
	}

	public List<String> getLinks() {
		return this.links;
	}

	public Map<String, TranslatedText> getTranslations() {
		return this.translations;
	}

	public String getReturnReason() {
		return this.returnReason;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
