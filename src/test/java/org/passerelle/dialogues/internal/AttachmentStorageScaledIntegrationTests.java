package org.passerelle.dialogues.internal;

import org.passerelle.test.ScaledIntegrationTest;

/** {@link AttachmentStorageContract} on PostgreSQL (V24 with BYTEA). */
@ScaledIntegrationTest
class AttachmentStorageScaledIntegrationTests extends AttachmentStorageContract {

}
