package org.passerelle.dialogues.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.passerelle.kernel.mail.inbound.InboundMailProperties;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class DialogueMailAddressTests {

	@Test
	void dialogueAddressIsTheMailboxPlusItsSlugWhenInboundMailIsOn() {
		assertThat(address(true, "participate@example.org").of("approche-territoriale"))
			.contains("participate+dialogue-approche-territoriale@example.org");
	}

	@Test
	void noAddressWhenInboundMailIsOffOrHasNoAddress() {
		assertThat(address(false, "participate@example.org").of("x")).isEmpty();
		assertThat(address(true, null).of("x")).isEmpty();
	}

	private static DialogueMailAddress address(boolean enabled, String mailbox) {
		InboundMailProperties properties = new InboundMailProperties(enabled, "imaps", "imap.example.org", 0, "u", "p",
				"INBOX", Duration.ofMinutes(1), mailbox, DataSize.ofMegabytes(10), "keep", "Processed",
				Duration.ofDays(7), Duration.ofDays(90));
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("inbound", properties);
		return new DialogueMailAddress(beans.getBeanProvider(InboundMailProperties.class));
	}

}
