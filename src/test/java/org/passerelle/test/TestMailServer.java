package org.passerelle.test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP and IMAP server (GreenMail) on free ports, for the tests of mail that the
 * platform sends and reads. A test class keeps one in a static field, points the
 * application at it from its {@code @DynamicPropertySource} method and stops it after all
 * its tests:
 *
 * <pre>{@code
 * private static final GreenMail mailServer = TestMailServer.start();
 *
 * &#64;DynamicPropertySource
 * static void mailServers(DynamicPropertyRegistry registry) {
 *     TestMailServer.register(registry, mailServer);
 * }
 * }</pre>
 */
public final class TestMailServer {

	/** The platform's inbound mailbox, whose plus-addresses reach the modules. */
	public static final String MAILBOX = "participate@example.org";

	private static final String LOGIN = "participate";

	private static final String PASSWORD = "secret";

	private TestMailServer() {
	}

	/** A started server with the inbound mailbox. */
	public static GreenMail start() {
		GreenMail server = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
		server.start();
		server.setUser(MAILBOX, LOGIN, PASSWORD);
		return server;
	}

	/**
	 * Sends the application's mail to the server and has it read the inbound mailbox
	 * there over IMAP, only when the test polls (the scheduled poll is hours away).
	 */
	public static void register(DynamicPropertyRegistry registry, GreenMail server) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> server.getSmtp().getPort());
		registry.add("passerelle.mail.inbound.enabled", () -> "true");
		registry.add("passerelle.mail.inbound.protocol", () -> "imap");
		registry.add("passerelle.mail.inbound.host", () -> "127.0.0.1");
		registry.add("passerelle.mail.inbound.port", () -> server.getImap().getPort());
		registry.add("passerelle.mail.inbound.username", () -> LOGIN);
		registry.add("passerelle.mail.inbound.password", () -> PASSWORD);
		registry.add("passerelle.mail.inbound.address", () -> MAILBOX);
		registry.add("passerelle.mail.inbound.poll-interval", () -> "PT10H");
	}

}
