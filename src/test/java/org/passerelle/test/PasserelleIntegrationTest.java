package org.passerelle.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on the embedded default (H2 file database, Lucene index) in a
 * fresh data folder under {@code target/test-data}, with MockMvc. Every test class that
 * uses it shares one cached application context, so tests must not depend on the data
 * that other tests leave behind (use unique e-mail addresses and names).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "passerelle.data-dir=target/test-data/${random.uuid}", "passerelle.demo=false" })
public @interface PasserelleIntegrationTest {

}
