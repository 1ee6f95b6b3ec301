package org.passerelle.practices.internal;

import org.passerelle.test.PasserelleIntegrationTest;

/** {@link PracticePersistenceContract} on the embedded H2 database. */
@PasserelleIntegrationTest
class PracticePersistenceIntegrationTests extends PracticePersistenceContract {

}
