package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import org.hibernate.search.engine.backend.Backend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What the platform itself must do on either set-up: migrations applied and agreeing with
 * the entities, health reported, web sessions kept in the database so any node can serve
 * any user, and the search backend the configuration asks for.
 */
abstract class PlatformContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	/** The database product the set-up runs on, as its JDBC driver names it. */
	abstract String expectedDatabase();

	/** The Hibernate Search backend type of the set-up. */
	abstract Class<? extends Backend> expectedSearchBackend();

	@Test
	void appliesEveryMigration() {
		Integer failed = this.jdbc.queryForObject("select count(*) from flyway_schema_history where not success",
				Integer.class);
		var versions = this.jdbc.queryForList(
				"select version from flyway_schema_history where version is not null order by installed_rank",
				String.class);
		assertThat(failed).isZero();
		assertThat(versions).contains("1", "2", "4");
	}

	@Test
	void runsOnTheConfiguredDatabase() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
		}
	}

	@Test
	void indexesWithTheConfiguredSearchBackend() {
		Backend backend = Search.mapping(this.entityManagerFactory).backend();
		assertThat(backend).isInstanceOf(expectedSearchBackend());
	}

	@Test
	void reportsHealthUp() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void keepsWebSessionsInTheDatabase() throws Exception {
		MvcResult result = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		Cookie cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		String sessionId = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
		Integer rows = this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?",
				Integer.class, sessionId);
		assertThat(rows).isOne();
	}

}
