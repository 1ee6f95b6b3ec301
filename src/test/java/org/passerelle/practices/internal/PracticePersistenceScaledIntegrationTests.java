package org.passerelle.practices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.test.ScaledIntegrationTest;

/** {@link PracticePersistenceContract} on PostgreSQL. */
@ScaledIntegrationTest
class PracticePersistenceScaledIntegrationTests extends PracticePersistenceContract {

	@Test
	void numbersRevisionsFromTheRevinfoSequence() {
		long id = this.support.as(this.camille, () -> this.editor.create(PracticeTestSupport.content(this.lead)));

		int revision = this.kernelHistory.versions(Practice.class, id).get(0).revision().getId();
		assertThat(this.jdbc.queryForObject("SELECT is_called FROM revinfo_seq", Boolean.class)).isTrue();
		assertThat(this.jdbc.queryForObject("SELECT last_value FROM revinfo_seq", Long.class))
			.isGreaterThanOrEqualTo(revision);
	}

}
