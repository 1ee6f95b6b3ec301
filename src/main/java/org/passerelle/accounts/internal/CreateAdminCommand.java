package org.passerelle.accounts.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.Role;
import org.passerelle.kernel.cli.CliCommand;
import org.passerelle.kernel.cli.CliException;
import org.springframework.stereotype.Component;

/**
 * {@code users create-admin EMAIL [--password P] [--name NAME]}: an administrator,
 * confirmed at once.
 */
@Component
class CreateAdminCommand implements CliCommand {

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	private final Accounts accounts;

	private final PasswordPolicy policy;

	CreateAdminCommand(Accounts accounts, PasswordPolicy policy) {
		this.accounts = accounts;
		this.policy = policy;
	}

	@Override
	public String name() {
		return "users create-admin";
	}

	@Override
	public String usage() {
		return "EMAIL [--password P] [--name NAME]";
	}

	@Override
	public String description() {
		return "Creates an administrator account (prints a generated password when none is given).";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		Options options = Options.parse(args);
		String email = options.email;
		if (email == null) {
			throw new CliException("Usage: users create-admin " + usage(), 2);
		}
		if (email.length() > 320 || !ADDRESS.matcher(email).matches()) {
			throw new CliException("Not a valid e-mail address: " + email);
		}
		if (this.accounts.findByEmail(email).isPresent()) {
			throw new CliException("An account already exists for " + email);
		}
		String name = options.name != null ? options.name : "Administrator";
		boolean generated = options.password == null;
		String password = generated ? Secrets.randomPassword(16) : options.password;
		List<String> problems = this.policy.problems(password, email, name);
		if (!problems.isEmpty()) {
			throw new CliException("The password is too weak: at least " + PasswordPolicy.MIN_LENGTH
					+ " characters, not a common password, not the address or name (" + String.join(", ", problems)
					+ ")");
		}
		long id = this.accounts.createConfirmedUser(email, name, password, Locale.FRENCH,
				Set.of(Role.MEMBER, Role.ADMINISTRATOR));
		out.println("Created administrator " + email.strip().toLowerCase(Locale.ROOT) + " (id " + id + ")");
		if (generated) {
			out.println("Password: " + password);
		}
		return 0;
	}

	private static final class Options {

		String email;

		String password;

		String name;

		static Options parse(List<String> args) {
			Options options = new Options();
			List<String> rest = new ArrayList<>(args);
			while (!rest.isEmpty()) {
				String arg = rest.remove(0);
				if (arg.startsWith("--password=")) {
					options.password = arg.substring("--password=".length());
				}
				else if (arg.equals("--password")) {
					options.password = value(rest, arg);
				}
				else if (arg.startsWith("--name=")) {
					options.name = arg.substring("--name=".length());
				}
				else if (arg.equals("--name")) {
					options.name = value(rest, arg);
				}
				else if (arg.startsWith("--")) {
					throw new CliException("Unknown option " + arg, 2);
				}
				else if (options.email == null) {
					options.email = arg.strip();
				}
				else {
					throw new CliException("Unexpected argument " + arg, 2);
				}
			}
			return options;
		}

		private static String value(List<String> rest, String option) {
			if (rest.isEmpty()) {
				throw new CliException(option + " needs a value", 2);
			}
			return rest.remove(0);
		}

	}

}
