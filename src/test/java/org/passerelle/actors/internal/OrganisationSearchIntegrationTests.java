package org.passerelle.actors.internal;

import org.passerelle.test.PasserelleIntegrationTest;

/** {@link OrganisationSearchContract} on the embedded H2 database and Lucene index. */
@PasserelleIntegrationTest
class OrganisationSearchIntegrationTests extends OrganisationSearchContract {

}
