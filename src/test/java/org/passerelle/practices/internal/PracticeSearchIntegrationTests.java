package org.passerelle.practices.internal;

import org.passerelle.test.PasserelleIntegrationTest;

/** {@link PracticeSearchContract} on the embedded H2 database and Lucene index. */
@PasserelleIntegrationTest
class PracticeSearchIntegrationTests extends PracticeSearchContract {

}
