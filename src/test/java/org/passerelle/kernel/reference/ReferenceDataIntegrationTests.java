package org.passerelle.kernel.reference;

import org.passerelle.test.PasserelleIntegrationTest;

/** {@link ReferenceDataContract} on the embedded default (H2). */
@PasserelleIntegrationTest
class ReferenceDataIntegrationTests extends ReferenceDataContract {

}
