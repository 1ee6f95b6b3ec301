package org.passerelle.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.test.PasserelleIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What an operator relies on: health and info open to probes, metrics and the Prometheus
 * scrape for administrators only, and structured (ECS JSON) logs in the data folder.
 */
@PasserelleIntegrationTest
class OperationsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PasserelleProperties properties;

	@Test
	void reportsHealthAndProbesToAnyone() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void describesTheApplicationToAnyone() throws Exception {
		this.mvc.perform(get("/actuator/info"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.application.name").value("Passerelle"))
			.andExpect(jsonPath("$.java.version").isNotEmpty());
	}

	@Test
	void sendsVisitorsAskingForPrometheusMetricsToLogin() throws Exception {
		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/login")));
		this.mvc.perform(get("/actuator/metrics"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/login")));
	}

	@Test
	void refusesPrometheusMetricsToMembers() throws Exception {
		this.mvc.perform(get("/actuator/prometheus").with(user("member@example.org").roles("MEMBER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void givesAdministratorsThePrometheusScrape() throws Exception {
		this.mvc.perform(get("/actuator/prometheus").with(user("admin@example.org").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andExpect(content().string(containsString("# TYPE jvm_memory_used_bytes gauge")))
			.andExpect(content().string(containsString("hikaricp_connections_active")));
	}

	@Test
	void givesAdministratorsTheMetricsList() throws Exception {
		this.mvc.perform(get("/actuator/metrics").with(user("admin@example.org").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.names", hasItem("jvm.memory.used")));
	}

	@Test
	void writesStructuredLogsIntoTheDataFolder() throws IOException {
		Path log = this.properties.dataDir().resolve("logs").resolve("passerelle.log");
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		assertThat(lines).isNotEmpty();
		JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
		assertThat(first.path("@timestamp").asString()).isNotEmpty();
		assertThat(first.path("log").path("level").asString()).isNotEmpty();
		assertThat(first.path("ecs").path("version").asString()).isNotEmpty();
		assertThat(first.path("service").path("name").asString()).isEqualTo("passerelle");
	}

}
