package org.passerelle;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedArchiveLauncherTests {

	@Test
	void looksForTheArchiveNextToTheJarUnderTheJarsName() {
		assertThat(SharedArchiveLauncher.archiveOf(Path.of("/srv/passerelle/passerelle.jar")))
			.isEqualTo(Path.of("/srv/passerelle/passerelle.jsa"));
	}

	@Test
	void startsInThisJvmWhenTheApplicationDoesNotRunFromAJar() {
		// tests run from target/classes: no second JVM may be started
		assertThat(SharedArchiveLauncher.runWithArchive(new String[0])).isEmpty();
	}

}
