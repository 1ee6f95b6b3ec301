package org.passerelle.kernel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.passerelle.kernel.reference.internal.ReferenceDataLoader;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.passerelle.kernel.thesaurus.ConceptChange;
import org.passerelle.kernel.thesaurus.ConceptView;
import org.passerelle.kernel.thesaurus.QueryExpansion;
import org.passerelle.kernel.thesaurus.Thesaurus;
import org.passerelle.kernel.thesaurus.internal.ThesaurusCache;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * What the reference data must do on every database: loaded once, read back, edited by an
 * administrator, and the edits seen by the query expansion (also when made by another
 * node).
 */
abstract class ReferenceDataContract {

	@Autowired
	ReferenceDataLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Territories territories;

	@Autowired
	Taxonomies taxonomies;

	@Autowired
	Thesaurus thesaurus;

	@Autowired
	ThesaurusCache cache;

	@Autowired
	QueryExpansion expansion;

	@Test
	void loadsTheReferenceFilesOnceAndNeverAgain() {
		Map<String, Long> before = counts();
		assertThat(before).containsEntry("kernel_territory", 1609L + 250L)
			.containsEntry("kernel_taxonomy_term", 71L + 17L + 169L)
			.containsEntry("kernel_concept", 204L);

		this.loader.loadIfEmpty();

		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void readsTerritoriesAndTaxonomiesBack() {
		assertThat(this.territories.find("nuts:FRH03")).hasValueSatisfying(t -> {
			assertThat(t.parentId()).isEqualTo("nuts:FRH0");
			assertThat(t.name(Locale.FRENCH)).isEqualTo("Ille-et-Vilaine");
		});
		assertThat(this.territories.find("iso:SN")).hasValueSatisfying(t -> assertThat(t.names()).hasSize(5));
		assertThat(this.taxonomies.terms(Taxonomies.GCM_OBJECTIVE)).hasSize(23);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void expansionSeesAnAdministratorsEditAtOnce() {
		ConceptView health = this.thesaurus.linkedTo("theme", "health").get(0);
		Map<String, List<String>> alt = new LinkedHashMap<>(health.altLabels());
		alt.put("fr", List.of("bien-être psychique des exilés"));

		this.thesaurus.update(health.id(), new ConceptChange(health.prefLabels(), alt, Set.copyOf(health.broader()),
				Set.copyOf(health.related()), Set.copyOf(health.links())), health.version());

		assertThat(this.expansion.expand("le bien-être psychique des exilés", "fr").codes().get("theme"))
			.containsExactly("health");
		assertThat(this.thesaurus.get(health.id()).altLabels("en")).isEqualTo(health.altLabels("en"));
	}

	@Test
	void picksUpEditsMadeByAnotherNode() {
		ConceptView education = this.thesaurus.linkedTo("theme", "education").get(0);
		this.cache.snapshot();
		this.jdbc.update("insert into kernel_concept_alt_label (concept_id, language, label) values (?, 'fr', ?)",
				education.id(), "classes passerelles pour adolescents");
		this.jdbc.update("update kernel_concept set version = version + 1 where id = ?", education.id());

		this.cache.refreshIfChangedElsewhere();

		assertThat(this.expansion.expand("des classes passerelles pour adolescents", "fr").codes().get("theme"))
			.containsExactly("education");
	}

	private Map<String, Long> counts() {
		return List
			.of("kernel_territory", "kernel_territory_name", "kernel_taxonomy_term", "kernel_taxonomy_label",
					"kernel_concept", "kernel_concept_pref_label", "kernel_concept_alt_label", "kernel_concept_broader",
					"kernel_concept_link")
			.stream()
			.collect(Collectors.toMap(t -> t, t -> this.jdbc.queryForObject("select count(*) from " + t, Long.class)));
	}

}
