package se.vendorscreening.cli;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Stands in for the screening and registry stores that other modules implement. */
@TestConfiguration(proxyBeanMethods = false)
class AuditCommandsTestConfiguration {

  @Bean
  @Primary
  FakeScreeningResults fakeScreeningResults() {
    return new FakeScreeningResults();
  }

  @Bean
  @Primary
  FakeEvidenceRetention fakeEvidenceRetention(ApplicationEventPublisher events) {
    return new FakeEvidenceRetention(events);
  }
}
