package org.passerelle.kernel;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code passerelle.data-dir} absolute before anything reads it: H2 refuses
 * relative file paths, and logs, index and mail files must land in the same folder
 * whatever the working directory of a later command.
 */
class DataFolderEnvironment implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty("passerelle.data-dir", "./data");
		String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("passerelleDataFolder", Map.of("passerelle.data-dir", absolute)));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
