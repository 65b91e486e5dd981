package se.vendorscreening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class CommandAutoConfigurationFilterTests {

  private static final String[] CANDIDATES = {
    "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
    "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
    "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
    "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
    "org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration",
    "org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration",
    "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
    "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration",
    null
  };

  private static boolean[] match(String command) {
    MockEnvironment environment = new MockEnvironment();
    if (command != null) {
      environment.setProperty(CommandAutoConfigurationFilter.COMMAND_PROPERTY, command);
    }
    CommandAutoConfigurationFilter filter = new CommandAutoConfigurationFilter();
    filter.setEnvironment(environment);
    return filter.match(CANDIDATES, null);
  }

  @Test
  void aCommandOtherThanServeGetsNoneOfTheConsolesAutoConfiguration() {
    assertThat(match("screen"))
        .containsExactly(false, false, false, false, false, true, true, true, true, true);
    assertThat(match("worker"))
        .containsExactly(false, false, false, false, false, true, true, true, true, true);
  }

  @Test
  void serveAndAContextNotStartedByACommandKeepEverything() {
    assertThat(match("serve")).containsOnly(true).hasSize(CANDIDATES.length);
    assertThat(match(null)).containsOnly(true).hasSize(CANDIDATES.length);
  }
}
