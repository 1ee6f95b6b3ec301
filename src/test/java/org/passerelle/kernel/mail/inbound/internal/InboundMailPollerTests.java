package org.passerelle.kernel.mail.inbound.internal;

import static org.assertj.core.api.Assertions.assertThatNoException;

import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.passerelle.kernel.mail.inbound.InboundMailProperties;
import org.springframework.util.unit.DataSize;

class InboundMailPollerTests {

	@Test
	void anUnreachableServerOnlyMeansTryingAgainNextTime() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		InboundMailProperties properties = new InboundMailProperties(true, "imap", "127.0.0.1", closedPort, "user",
				"secret", "INBOX", Duration.ofMinutes(1), "participate@example.org", DataSize.ofMegabytes(10), "keep",
				"Processed", Duration.ofDays(7), Duration.ofDays(90));
		// the desk is never reached: nothing was read
		InboundMailPoller poller = new InboundMailPoller(properties, null);

		assertThatNoException().isThrownBy(poller::poll);
	}

}
