package org.passerelle.kernel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link ReferenceDataContract} on a real PostgreSQL (embedded, stopped when the JVM
 * exits): the migration, the multi-row inserts, the cache queries and the JPA mapping of
 * the thesaurus must work there too.
 */
@SpringBootTest
@TestPropertySource(properties = { "passerelle.data-dir=target/test-data/${random.uuid}", "passerelle.demo=false" })
@DirtiesContext
class ReferenceDataPostgresIntegrationTests extends ReferenceDataContract {

	private static final EmbeddedPostgres postgres = start();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}

	@Test
	void runsOnPostgresql() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
