package org.passerelle.practices.bench;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.kernel.cli.CliException;

/** Arguments of {@code practices generate}, refused before anything is generated. */
class PracticesGenerateCommandTests {

	private final PracticesGenerateCommand command = new PracticesGenerateCommand(null);

	private final PrintStream out = new PrintStream(new ByteArrayOutputStream());

	@Test
	void refusesACountThatIsNotAPositiveNumber() {
		assertThatThrownBy(() -> this.command.run(List.of("many"), this.out)).isInstanceOf(CliException.class)
			.hasMessageContaining("N must be a whole number")
			.satisfies(ex -> org.assertj.core.api.Assertions.assertThat(((CliException) ex).status()).isEqualTo(2));
		assertThatThrownBy(() -> this.command.run(List.of("0"), this.out)).hasMessageContaining("between 1");
	}

	@Test
	void refusesUnknownOptionsAndMissingValues() {
		assertThatThrownBy(() -> this.command.run(List.of("10", "--sead", "3"), this.out))
			.hasMessageContaining("unknown option --sead");
		assertThatThrownBy(() -> this.command.run(List.of("10", "--seed"), this.out))
			.hasMessageContaining("--seed needs a value");
		assertThatThrownBy(() -> this.command.run(List.of("10", "--organisations", "0"), this.out))
			.hasMessageContaining("--organisations must be between 1");
		assertThatThrownBy(() -> this.command.run(List.of(), this.out)).hasMessageContaining("Usage:");
	}

}
