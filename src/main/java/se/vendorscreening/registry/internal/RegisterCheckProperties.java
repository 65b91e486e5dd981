package se.vendorscreening.registry.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The coordinated register check, {@code screening.registries.register-check.*}
 * (docs/register-check.md): off unless turned on, so that runs without it are as before. Its HTTP
 * adapter uses the registries' client settings ({@code screening.registries.http.*}: timeouts,
 * retries, backoff, Retry-After, the bound in flight) with a base URL and token of its own when
 * they are given.
 *
 * @param mode {@code off} (default), {@code file} ({@code register-check.csv} or {@code .xlsx} in
 *     the registries folder) or {@code http}
 * @param baseUrl the check's base URL; the registries' ({@code screening.registries.http.base-url})
 *     when not set
 * @param token the bearer token, from the environment only; the registries' when not set
 */
@ConfigurationProperties("screening.registries.register-check")
record RegisterCheckProperties(@DefaultValue("off") String mode, String baseUrl, String token) {

  boolean off() {
    // YAML reads an unquoted off as false
    return mode == null
        || mode.isBlank()
        || "off".equalsIgnoreCase(mode)
        || "false".equalsIgnoreCase(mode);
  }

  boolean httpMode() {
    return "http".equalsIgnoreCase(mode);
  }

  boolean fileMode() {
    return "file".equalsIgnoreCase(mode);
  }

  /** The registries' HTTP settings with this check's base URL and token, where given. */
  RegistriesProperties.Http http(RegistriesProperties.Http registries) {
    return new RegistriesProperties.Http(
        baseUrl != null && !baseUrl.isBlank() ? baseUrl : registries.baseUrl(),
        token != null && !token.isBlank() ? token : registries.token(),
        registries.connectTimeout(),
        registries.readTimeout(),
        registries.maxRetries(),
        registries.initialBackoff(),
        registries.maxBackoff(),
        registries.jitter(),
        registries.maxRetryAfter(),
        registries.maxInFlight(),
        registries.answersPerRun());
  }

  @Override
  public String toString() {
    return "RegisterCheck[mode=%s, baseUrl=%s, token=%s]"
        .formatted(mode, baseUrl, token == null ? "none" : "***");
  }
}
