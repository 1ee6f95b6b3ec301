package org.passerelle.kernel.thesaurus.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A thesaurus concept with its labels and links. Other concepts are referenced by id, and
 * reads go through the in-memory {@link ThesaurusCache}, so the collections here are only
 * touched when an administrator saves.
 */
@Entity
@Table(name = "kernel_concept")
public class Concept {

	@Id
	private String id;

	@Column(nullable = false)
	private String source;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "kernel_concept_pref_label", joinColumns = @JoinColumn(name = "concept_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "label", nullable = false)
	private Map<String, String> prefLabels = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "kernel_concept_alt_label", joinColumns = @JoinColumn(name = "concept_id"))
	private Set<AltLabel> altLabels = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "kernel_concept_broader", joinColumns = @JoinColumn(name = "concept_id"))
	@Column(name = "broader_id", nullable = false)
	private Set<String> broader = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "kernel_concept_related", joinColumns = @JoinColumn(name = "concept_id"))
	@Column(name = "related_id", nullable = false)
	private Set<String> related = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "kernel_concept_link", joinColumns = @JoinColumn(name = "concept_id"))
	private Set<TaxonomyCode> links = new HashSet<>();

	protected Concept() {
	}

	public Concept(String id, String source) {
		this.id = id;
		this.source = source;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	public String getId() {
		return this.id;
	}

	public String getSource() {
		return this.source;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Map<String, String> getPrefLabels() {
		return this.prefLabels;
	}

	public Set<AltLabel> getAltLabels() {
		return this.altLabels;
	}

	public Set<String> getBroader() {
		return this.broader;
	}

	public Set<String> getRelated() {
		return this.related;
	}

	public Set<TaxonomyCode> getLinks() {
		return this.links;
	}

	/** Replaces the labels and links (collections are edited in place for Hibernate). */
	public void replace(Map<String, String> prefLabels, Set<AltLabel> altLabels, Set<String> broader,
			Set<String> related, Set<TaxonomyCode> links) {
		this.prefLabels.keySet().retainAll(prefLabels.keySet());
		this.prefLabels.putAll(prefLabels);
		this.altLabels.retainAll(altLabels);
		this.altLabels.addAll(altLabels);
		this.broader.retainAll(broader);
		this.broader.addAll(broader);
		this.related.retainAll(related);
		this.related.addAll(related);
		this.links.retainAll(links);
		this.links.addAll(links);
		this.updatedAt = Instant.now();
	}

}
