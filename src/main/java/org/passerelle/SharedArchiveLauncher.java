package org.passerelle;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Starts the application in a second JVM that maps the class-data sharing archive the
 * build made next to the jar ({@code target/passerelle.jsa}, see docs/decisions/0010),
 * when this JVM was started without one. A JVM reads {@code -XX:SharedArchiveFile} only
 * from its command line, and the documented command is a plain
 * {@code java -jar target/passerelle.jar}; with the archive the classes of Spring,
 * Hibernate and Lucene are mapped instead of being loaded, parsed and verified one by one
 * at every start.
 * <p>
 * Nothing happens (the application starts in this JVM) when: the code does not run from a
 * jar (IDE, tests, {@code spring-boot:run}); there is no archive next to the jar;
 * {@code -Dpasserelle.shared-archive=false} is given; or the JVM already has class-data
 * sharing options. This JVM then only waits: it passes its exit status on, and stops the
 * application when it is stopped itself.
 */
final class SharedArchiveLauncher {

	static final String SWITCH = "passerelle.shared-archive";

	private SharedArchiveLauncher() {
	}

	/**
	 * Runs the application in a JVM with the archive, if there is one to use, and returns
	 * its exit status; empty when the application should start in this JVM.
	 */
	static Optional<Integer> runWithArchive(String[] args) {
		if ("false".equalsIgnoreCase(System.getProperty(SWITCH, "true"))) {
			return Optional.empty();
		}
		List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
		if (jvmArguments.stream()
			.anyMatch(a -> a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-Xshare")
					|| a.startsWith("-XX:ArchiveClassesAtExit"))) {
			return Optional.empty();
		}
		Optional<Path> jar = applicationJar();
		Optional<String> java = ProcessHandle.current().info().command();
		if (jar.isEmpty() || java.isEmpty()) {
			return Optional.empty();
		}
		Path archive = archiveOf(jar.get());
		if (!Files.isReadable(archive)) {
			return Optional.empty();
		}
		List<String> command = new ArrayList<>();
		command.add(java.get());
		command.addAll(jvmArguments);
		command.add("-XX:SharedArchiveFile=" + archive);
		command.add("-Xshare:auto");
		// an archive made by another JDK or for an older jar is ignored: say nothing then
		command.add("-Xlog:cds=off");
		command.add("-Xlog:cds+dynamic=off");
		command.add("-D" + SWITCH + "=false");
		command.add("-jar");
		command.add(jar.get().toString());
		command.addAll(Arrays.asList(args));
		try {
			Process application = new ProcessBuilder(command).inheritIO().start();
			Thread stop = new Thread(() -> {
				application.destroy();
				try {
					application.waitFor();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}, "passerelle-stop");
			Runtime.getRuntime().addShutdownHook(stop);
			int status = application.waitFor();
			Runtime.getRuntime().removeShutdownHook(stop);
			return Optional.of(status);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down: the hook stops the application
			return Optional.of(143);
		}
		catch (Exception ex) {
			// could not start a second JVM: start here, without the archive
			return Optional.empty();
		}
	}

	/**
	 * The archive the build writes next to the jar: {@code passerelle.jar} →
	 * {@code passerelle.jsa}.
	 */
	static Path archiveOf(Path jar) {
		String name = jar.getFileName().toString();
		String base = name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
		return jar.resolveSibling(base + ".jsa");
	}

	private static Optional<Path> applicationJar() {
		try {
			CodeSource source = PasserelleApplication.class.getProtectionDomain().getCodeSource();
			if (source == null || source.getLocation() == null) {
				return Optional.empty();
			}
			File file = new File(source.getLocation().toURI());
			return file.isFile() && file.getName().endsWith(".jar") ? Optional.of(file.toPath()) : Optional.empty();
		}
		catch (URISyntaxException | IllegalArgumentException | SecurityException ex) {
			return Optional.empty();
		}
	}

}
