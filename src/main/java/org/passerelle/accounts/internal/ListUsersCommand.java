package org.passerelle.accounts.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.kernel.cli.CliCommand;

/** {@code users list}: every account with its roles and state, one a line. */
@Component
class ListUsersCommand implements CliCommand {

	private final UserAccountRepository users;

	ListUsersCommand(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	public String name() {
		return "users list";
	}

	@Override
	public String usage() {
		return "";
	}

	@Override
	public String description() {
		return "Lists the accounts: id, address, name, roles, state.";
	}

	@Override
	@Transactional(readOnly = true)
	public int run(List<String> args, PrintStream out) {
		out.printf("%-6s %-40s %-30s %-32s %s%n", "ID", "E-MAIL", "NAME", "ROLES", "STATE");
		for (UserAccount user : this.users.findAll(Sort.by("id"))) {
			String roles = user.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
			String state = !user.isEnabled() ? "disabled" : user.isEmailConfirmed() ? "active" : "unconfirmed";
			out.printf("%-6d %-40s %-30s %-32s %s%n", user.getId(), user.getEmail(), user.getDisplayName(), roles,
					state);
		}
		return 0;
	}

}
