package se.vendorscreening.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class StartupSettingsValidatorTests {

  private final MockEnvironment environment =
      new MockEnvironment().withProperty("screening.audit.evidence-retention", "P90D");

  @Test
  void acceptsTheDefaultsAndAWellFormedConfiguration() {
    environment
        .withProperty("screening.registries.http.base-url", "https://registry.example.se/api/v1")
        .withProperty("spring.mail.host", "smtp.huddinge.se")
        .withProperty("spring.mail.port", "587")
        .withProperty("screening.rules.conviction-mandatory.lookback", "P5Y")
        .withProperty("screening.rules.conviction-other.lookback", "3y")
        .withProperty("screening.screening.overrides[0].rule-id", "CONVICTION_MANDATORY");

    assertThat(StartupSettingsValidator.problemsIn(environment)).isEmpty();
  }

  @Test
  void aRegistryUrlThatIsNotHttpIsRefusedWithoutShowingCredentials() {
    environment.withProperty(
        "screening.registries.http.base-url", "ftp://svc:s3cr3t-token@registry.example.se/");

    assertThat(StartupSettingsValidator.problemsIn(environment))
        .singleElement()
        .asString()
        .contains("screening.registries.http.base-url", "http:// or https://", "ftp://***@")
        .doesNotContain("s3cr3t");
  }

  @Test
  void anSmtpHostWithoutAPortIsRefused() {
    environment.withProperty("spring.mail.host", "smtp.huddinge.se");

    assertThat(StartupSettingsValidator.problemsIn(environment))
        .singleElement()
        .asString()
        .contains("spring.mail.host", "spring.mail.port", "smtp.huddinge.se");
  }

  @Test
  void aRetentionOrLookbackThatIsNotAPeriodIsRefused() {
    environment
        .withProperty("screening.audit.evidence-retention", "90 dagar")
        .withProperty("screening.rules.conviction-mandatory.lookback", "fem år");

    assertThat(StartupSettingsValidator.problemsIn(environment))
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).contains("screening.audit.evidence-retention", "'90 dagar'"))
        .anySatisfy(
            p -> assertThat(p).contains("screening.rules.conviction-mandatory.lookback", "fem år"));
  }

  @Test
  void anUnknownRuleIdIsRefused() {
    environment.withProperty("screening.screening.overrides[0].rule-id", "CONVICTON_MANDATORY");

    assertThat(StartupSettingsValidator.problemsIn(environment))
        .singleElement()
        .asString()
        .contains("unknown rule id 'CONVICTON_MANDATORY'", "CONVICTION_MANDATORY");
  }

  @Test
  void secretsNeverAppearInTheMessage() {
    environment
        .withProperty("screening.registries.http.token", "tok-9f8e7d")
        .withProperty("spring.mail.password", "pw-1a2b3c")
        .withProperty("spring.mail.host", "smtp.huddinge.se")
        .withProperty("screening.registries.http.base-url", "registry.example.se");

    String message =
        new InvalidSettingsException(StartupSettingsValidator.problemsIn(environment)).getMessage();

    assertThat(message)
        .contains("spring.mail.port", "base-url")
        .doesNotContain("tok-9f8e7d", "pw-1a2b3c");
  }
}
