package org.passerelle.kernel.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PasserelleIntegrationTest
class ReferenceDataLoaderIntegrationTests {

	@Autowired
	ReferenceDataLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void loadsNothingWhenTheTablesAreFilledAndKeepsEdits() {
		String concept = this.jdbc.queryForObject("select min(id) from kernel_concept", String.class);
		String original = this.jdbc.queryForObject(
				"select label from kernel_concept_pref_label where concept_id = ? and language = 'fr'", String.class,
				concept);
		this.jdbc.update("update kernel_concept_pref_label set label = 'Edited by an administrator' where concept_id = ? and language = 'fr'",
				concept);
		long territories = count("kernel_territory");
		long names = count("kernel_territory_name");
		long terms = count("kernel_taxonomy_term");
		long concepts = count("kernel_concept");

		try {
			this.loader.loadIfEmpty();
		}
		finally {
			restoreLater(concept, original);
		}

		assertThat(count("kernel_territory")).isEqualTo(territories).isEqualTo(1609 + 250);
		assertThat(count("kernel_territory_name")).isEqualTo(names);
		assertThat(count("kernel_taxonomy_term")).isEqualTo(terms);
		assertThat(count("kernel_concept")).isEqualTo(concepts);
		assertThat(this.jdbc.queryForObject(
				"select label from kernel_concept_pref_label where concept_id = ? and language = 'fr'", String.class,
				concept))
			.isEqualTo("Edited by an administrator");
	}

	private void restoreLater(String concept, String original) {
		// checked below first, then put back so that the other test classes see the shipped label
		this.restore = () -> this.jdbc.update(
				"update kernel_concept_pref_label set label = ? where concept_id = ? and language = 'fr'", original,
				concept);
	}

	private Runnable restore = () -> {
	};

	@org.junit.jupiter.api.AfterEach
	void restore() {
		this.restore.run();
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
