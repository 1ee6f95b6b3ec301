package org.passerelle.actors.internal;

import org.passerelle.test.ScaledIntegrationTest;

/**
 * {@link OrganisationSearchContract} on PostgreSQL and OpenSearch, indexing through the
 * outbox.
 */
@ScaledIntegrationTest
class OrganisationSearchScaledIntegrationTests extends OrganisationSearchContract {

}
