package org.passerelle.dialogues.internal;

import org.passerelle.test.PasserelleIntegrationTest;

/** {@link AttachmentStorageContract} on H2. */
@PasserelleIntegrationTest
class AttachmentStorageIntegrationTests extends AttachmentStorageContract {

}
