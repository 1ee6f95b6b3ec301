package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.backend.Backend;
import org.junit.jupiter.api.Test;
import org.passerelle.kernel.PasserelleProperties;
import org.passerelle.test.PasserelleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link PlatformContract} on the embedded default: H2 file database and Lucene index.
 */
@PasserelleIntegrationTest
class PlatformIntegrationTests extends PlatformContract {

	@Autowired
	PasserelleProperties properties;

	@Override
	String expectedDatabase() {
		return "H2";
	}

	@Override
	Class<? extends Backend> expectedSearchBackend() {
		return LuceneBackend.class;
	}

	@Test
	void keepsDatabaseAndIndexInTheDataFolder() {
		Path data = this.properties.dataDir();
		assertThat(data.resolve("db/passerelle.mv.db")).isRegularFile();
		assertThat(Files.isDirectory(data.resolve("index"))).isTrue();
	}

}
