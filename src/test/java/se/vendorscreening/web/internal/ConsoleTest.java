package se.vendorscreening.web.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The console as {@code serve} runs it, on a random port of the loopback address, with MockMvc
 * beside it. Every console test class uses exactly this, so they share one application context.
 * They run on H2 and, as the integration tests do, again on PostgreSQL (pom.xml, {@code
 * postgres.console-tests}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.main.web-application-type=servlet",
      "screening.web.users-file=target/test-console/users-${PID}.yml",
      "screening.reports-dir=target/test-console/reports",
      "screening.web.min-password-length=8",
      // a database of its own: the overrides the console tests record must not reach other tests
      "screening.data-dir=target/test-data/console-${PID}",
      // and on PostgreSQL a schema of its own (the console tests run there too, see pom.xml)
      "vs.test.schema-suffix=_console"
    })
@AutoConfigureMockMvc
@interface ConsoleTest {}
