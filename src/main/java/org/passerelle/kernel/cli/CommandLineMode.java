package org.passerelle.kernel.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the application as a command-line tool: same storage and modules as the server, no
 * web server, then exits with the command's status.
 */
public final class CommandLineMode {

	private CommandLineMode() {
	}

	/** True when the first argument that is not a Spring option is a word (a command). */
	public static boolean isCommand(String[] args) {
		return Arrays.stream(args).anyMatch(a -> !a.startsWith("--"));
	}

	public static int run(Class<?> application, String[] args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		List<String> words = Arrays.stream(args).filter(a -> !isSpringOption(a)).toList();
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setDefaultProperties(Map.of("spring.main.banner-mode", "off", "logging.level.root", "WARN",
				"logging.level.org.passerelle", "WARN", "passerelle.cli", "true"));
		try (ConfigurableApplicationContext context = app.run(args)) {
			return dispatch(context.getBeansOfType(CliCommand.class).values(), words, out, err);
		}
		catch (RuntimeException ex) {
			err.println("Error: " + rootMessage(ex));
			return 1;
		}
	}

	/** Finds the command named by the first words and runs it. */
	public static int dispatch(java.util.Collection<CliCommand> commands, List<String> words, PrintStream out,
			PrintStream err) {
		List<CliCommand> sorted = new ArrayList<>(commands);
		sorted.sort(Comparator.comparing(CliCommand::name));
		String line = String.join(" ", words);
		CliCommand match = sorted.stream()
			.filter(c -> line.equals(c.name()) || line.startsWith(c.name() + " "))
			.max(Comparator.comparingInt(c -> c.name().length()))
			.orElse(null);
		if (match == null) {
			if (!words.isEmpty() && !words.get(0).equals("help")) {
				err.println("Unknown command: " + line);
			}
			err.println("Usage: java -jar passerelle.jar [COMMAND] [ARGS] [--spring.option=value ...]");
			err.println("Without a command the server starts. Commands:");
			for (CliCommand c : sorted) {
				err.printf("  %-28s %s%n", c.name() + " " + c.usage(), c.description());
			}
			return words.isEmpty() || words.get(0).equals("help") ? 0 : 2;
		}
		int nameWords = match.name().split(" ").length;
		try {
			return match.run(words.subList(nameWords, words.size()), out);
		}
		catch (CliException ex) {
			err.println("Error: " + ex.getMessage());
			return ex.status();
		}
		catch (Exception ex) {
			err.println("Error: " + rootMessage(ex));
			return 1;
		}
	}

	private static boolean isSpringOption(String arg) {
		return arg.startsWith("--spring.") || arg.startsWith("--passerelle.") || arg.startsWith("--logging.")
				|| arg.startsWith("--server.") || arg.startsWith("--management.");
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
	}

}
