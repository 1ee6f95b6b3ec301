package org.passerelle.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.cluster.health.ClusterHealthStatus;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The servers of the scaled set-up for tests: one PostgreSQL and one single-node
 * OpenSearch per test JVM, each started the first time a test asks for it and stopped
 * when the JVM exits, after the application contexts that use them are closed. Their
 * files live under {@code target/scaled-backends}.
 */
public final class ScaledBackends {

	/** Where the servers keep their files; a fresh sub-folder per JVM. */
	static final Path ROOT = Path.of("target", "scaled-backends").toAbsolutePath();

	private static final String POSTGRES_USER = "postgres";

	private static final AtomicInteger databases = new AtomicInteger();

	private static final List<ConfigurableApplicationContext> contexts = new CopyOnWriteArrayList<>();

	private static final String run = UUID.randomUUID().toString().substring(0, 8);

	private static EmbeddedPostgres postgres;

	private static OpenSearchRunner opensearch;

	private static String opensearchUri;

	private static boolean hookRegistered;

	private ScaledBackends() {
	}

	/**
	 * Creates an empty database on the shared PostgreSQL server.
	 * @return the connection settings of the new database
	 */
	public static Database newDatabase() {
		EmbeddedPostgres server = postgres();
		String name = "passerelle_" + databases.incrementAndGet();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name, ex);
		}
		return new Database(server.getJdbcUrl(POSTGRES_USER, name), POSTGRES_USER, POSTGRES_USER, name);
	}

	/** The shared PostgreSQL server, started on first use. */
	public static synchronized EmbeddedPostgres postgres() {
		if (postgres == null) {
			registerShutdownHook();
			try {
				Path data = ROOT.resolve("postgres-" + run);
				Files.createDirectories(data.getParent());
				postgres = EmbeddedPostgres.builder()
					.setDataDirectory(data)
					.setCleanDataDirectory(true)
					.setRegisterShutdownHook(false)
					.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setServerConfig("full_page_writes", "off")
					.setServerConfig("max_connections", "300")
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
			}
		}
		return postgres;
	}

	/** The HTTP address of the shared OpenSearch node, started on first use. */
	public static synchronized String opensearchUri() {
		if (opensearch == null) {
			registerShutdownHook();
			int httpPort = freePort();
			int transportPort = freePort();
			OpenSearchRunner runner = new OpenSearchRunner();
			runner.onBuild((number, settings) -> {
				settings.put("http.host", "127.0.0.1");
				settings.put("http.port", String.valueOf(httpPort));
				settings.put("transport.host", "127.0.0.1");
				settings.put("transport.port", String.valueOf(transportPort));
				settings.put("discovery.type", "single-node");
				settings.put("action.auto_create_index", "false");
				// tests may fill the disk of a shared machine more than a server would
				settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
			});
			runner.build(OpenSearchRunner.newConfigs()
				.basePath(ROOT.resolve("opensearch-" + run).toString())
				.clusterName("passerelle-test-" + run)
				.numOfNode(1)
				.disableESLogger()
				.useLogger());
			ClusterHealthStatus health = runner.ensureYellow();
			if (health == ClusterHealthStatus.RED) {
				throw new IllegalStateException("The embedded OpenSearch node is red");
			}
			opensearch = runner;
			opensearchUri = "http://127.0.0.1:" + httpPort;
		}
		return opensearchUri;
	}

	/**
	 * Remembers a context that uses the servers, so that it is closed before them when
	 * the JVM exits (the test framework closes contexts from its own shutdown hooks,
	 * which run in parallel with this one).
	 */
	static void register(ConfigurableApplicationContext context) {
		contexts.add(context);
	}

	private static synchronized void registerShutdownHook() {
		if (!hookRegistered) {
			Runtime.getRuntime().addShutdownHook(new Thread(ScaledBackends::stop, "scaled-backends-shutdown"));
			hookRegistered = true;
		}
	}

	private static void stop() {
		contexts.forEach(ConfigurableApplicationContext::close);
		synchronized (ScaledBackends.class) {
			if (opensearch != null) {
				try {
					opensearch.close();
					opensearch.clean();
				}
				catch (IOException | RuntimeException ex) {
					System.err.println("Could not stop the embedded OpenSearch: " + ex);
				}
			}
			if (postgres != null) {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					System.err.println("Could not stop the embedded PostgreSQL: " + ex);
				}
			}
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Connection settings of one test database.
	 *
	 * @param url the JDBC URL
	 * @param username the user
	 * @param password the password
	 * @param name the database name
	 */
	public record Database(String url, String username, String password, String name) {
	}

}
