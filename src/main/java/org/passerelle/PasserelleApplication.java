package org.passerelle;

import java.util.Optional;

import org.passerelle.kernel.cli.CommandLineMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Passerelle: one application, several Spring Modulith application modules (one per
 * top-level package). Without arguments it starts the web server; with a command
 * ({@code thesaurus export FILE}, {@code users create-admin …}) it runs that command
 * against the configured storage and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PasserelleApplication {

	public static void main(String[] args) {
		Optional<Integer> status = SharedArchiveLauncher.runWithArchive(args);
		if (status.isPresent()) {
			System.exit(status.get());
		}
		if (CommandLineMode.isCommand(args)) {
			System.exit(CommandLineMode.run(PasserelleApplication.class, args));
		}
		SpringApplication.run(PasserelleApplication.class, args);
	}

}
