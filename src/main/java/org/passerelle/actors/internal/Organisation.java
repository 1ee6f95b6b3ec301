package org.passerelle.actors.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.passerelle.kernel.search.Analyzers;

/**
 * An organisation of the directory: an authority, a ministry, a network, a programme, a
 * civil-society or diaspora organisation. Codes ({@link #getType() type},
 * {@link #getLevel() level}) come from the kernel taxonomies; the territory is a kernel
 * territory id. Members are kept by the accounts module, by organisation id.
 */
@Entity
@Table(name = "actors_organisation")
@Audited
@Indexed(index = "actors-organisation")
@TypeBinding(binder = @TypeBinderRef(type = DescriptionBinder.class))
public class Organisation {

	/** Longest description accepted, in characters. */
	public static final int DESCRIPTION_MAX = 5000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 300)
	@FullTextField(analyzer = Analyzers.NAME, valueBridge = @ValueBridgeRef(type = NameText.Bridge.class))
	@FullTextField(name = OrganisationFields.NAME_AUTOCOMPLETE, analyzer = Analyzers.AUTOCOMPLETE,
			searchAnalyzer = Analyzers.NAME, valueBridge = @ValueBridgeRef(type = NameText.Bridge.class))
	@KeywordField(name = OrganisationFields.NAME_SORT, normalizer = Analyzers.SORT, sortable = Sortable.YES)
	private String name;

	@Column(length = 40)
	@FullTextField(analyzer = Analyzers.NAME, valueBridge = @ValueBridgeRef(type = NameText.Bridge.class))
	@FullTextField(name = OrganisationFields.ACRONYM_AUTOCOMPLETE, analyzer = Analyzers.AUTOCOMPLETE,
			searchAnalyzer = Analyzers.NAME, valueBridge = @ValueBridgeRef(type = NameText.Bridge.class))
	private String acronym;

	@Column(name = "organisation_type", nullable = false, length = 60)
	@KeywordField(name = OrganisationFields.TYPE, aggregable = Aggregable.YES)
	private String type;

	@Column(name = "governance_level", nullable = false, length = 60)
	@KeywordField(name = OrganisationFields.LEVEL, aggregable = Aggregable.YES)
	private String level;

	@Column(length = 2)
	@KeywordField(name = OrganisationFields.COUNTRY, aggregable = Aggregable.YES)
	private String country;

	@Column(name = "territory_id", length = 60)
	@KeywordField(name = OrganisationFields.TERRITORY)
	private String territoryId;

	@Column(length = DESCRIPTION_MAX)
	private String description;

	@Column(name = "description_language", length = 10)
	private String descriptionLanguage;

	@Column(length = 500)
	private String website;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Organisation() {
	}

	public Organisation(OrganisationData data, Long createdBy) {
		this.createdBy = createdBy;
		apply(data);
	}

	/** Replaces every editable field with the data's. */
	public void apply(OrganisationData data) {
		this.name = data.name();
		this.acronym = data.acronym();
		this.type = data.type();
		this.level = data.level();
		this.country = data.country();
		this.territoryId = data.territoryId();
		this.description = data.description();
		this.descriptionLanguage = data.description() == null ? null : data.descriptionLanguage();
		this.website = data.website();
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

	public String getName() {
		return this.name;
	}

	public String getAcronym() {
		return this.acronym;
	}

	public String getType() {
		return this.type;
	}

	public String getLevel() {
		return this.level;
	}

	public String getCountry() {
		return this.country;
	}

	public String getTerritoryId() {
		return this.territoryId;
	}

	public String getDescription() {
		return this.description;
	}

	public String getDescriptionLanguage() {
		return this.descriptionLanguage;
	}

	public String getWebsite() {
		return this.website;
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

	public long getVersion() {
		return this.version;
	}

}
