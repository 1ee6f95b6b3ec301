package org.passerelle.practices.internal;

import org.passerelle.test.ScaledIntegrationTest;

/**
 * {@link PracticeSearchContract} on PostgreSQL and OpenSearch, indexing through the
 * outbox.
 */
@ScaledIntegrationTest
class PracticeSearchScaledIntegrationTests extends PracticeSearchContract {

}
