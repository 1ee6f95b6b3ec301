package org.passerelle.practices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.test.PasserelleIntegrationTest;

/** {@link PracticePersistenceContract} on the embedded H2 database. */
@PasserelleIntegrationTest
class PracticePersistenceIntegrationTests extends PracticePersistenceContract {

	@Test
	void numbersRevisionsWithTheIdentityColumnLeavingTheSequenceUnused() {
		long id = this.support.as(this.camille, () -> this.editor.create(PracticeTestSupport.content(this.lead)));

		int revision = this.kernelHistory.versions(Practice.class, id).get(0).revision().getId();
		assertThat(this.jdbc.queryForObject("SELECT MAX(rev) FROM revinfo", Integer.class)).isEqualTo(revision);
		assertThat(this.jdbc.queryForObject(
				"SELECT base_value FROM information_schema.sequences WHERE sequence_name = 'revinfo_seq'", Long.class))
			.isEqualTo(1L);
	}

}
