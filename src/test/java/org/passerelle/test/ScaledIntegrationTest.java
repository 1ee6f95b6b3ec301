package org.passerelle.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on the scaled set-up: a real PostgreSQL (a fresh database per
 * application context) and a real OpenSearch node (index names prefixed per context),
 * both started once per test JVM by {@link ScaledBackends}; files (logs, mails) in a
 * fresh data folder under {@code target/test-data}; MockMvc; demo content off. The
 * counterpart of {@link PasserelleIntegrationTest}: see the package documentation for the
 * contract pattern that runs one test body on both set-ups.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = ScaledBackendsInitializer.class)
@TestPropertySource(properties = { "passerelle.data-dir=target/test-data/${random.uuid}", "passerelle.demo=false" })
public @interface ScaledIntegrationTest {

}
