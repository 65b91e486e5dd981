package se.vendorscreening.registry.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the registries are: {@code screening.registries.*}, so that the environment variables
 * {@code SCREENING_REGISTRIES_MODE}, {@code SCREENING_REGISTRIES_DIR}, {@code
 * SCREENING_REGISTRIES_HTTP_BASE_URL} and {@code SCREENING_REGISTRIES_HTTP_TOKEN} bind directly.
 *
 * @param mode {@code file} (extracts in {@code dir}) or {@code http} (network assessments stay a
 *     file)
 * @param dir the folder of file extracts
 * @param http the HTTP registry
 */
@ConfigurationProperties("screening.registries")
record RegistriesProperties(
    @DefaultValue("file") String mode,
    @DefaultValue("sample-data/registries") Path dir,
    @DefaultValue Http http) {

  boolean httpMode() {
    return "http".equalsIgnoreCase(mode);
  }

  /**
   * The HTTP registry (docs/registries.md).
   *
   * @param baseUrl e.g. {@code https://registry.example/api}
   * @param token the bearer token; from the environment only, never logged
   * @param connectTimeout how long to wait for a connection
   * @param readTimeout how long to wait for an answer
   * @param maxRetries retries after the first attempt on 5xx, 429 and connection errors
   * @param initialBackoff the first wait before a retry, doubled each time
   * @param maxBackoff the longest wait between retries
   * @param jitter random extra wait, up to this, so that callers do not retry in step
   * @param maxRetryAfter the longest {@code Retry-After} honoured
   * @param maxInFlight the most requests in flight at once, over all three checks
   * @param answersPerRun the most answers a run keeps so as not to ask for a subject twice (0: ask
   *     every time); about 600 bytes each
   */
  record Http(
      String baseUrl,
      String token,
      @DefaultValue("2s") Duration connectTimeout,
      @DefaultValue("5s") Duration readTimeout,
      @DefaultValue("3") int maxRetries,
      @DefaultValue("200ms") Duration initialBackoff,
      @DefaultValue("2s") Duration maxBackoff,
      @DefaultValue("100ms") Duration jitter,
      @DefaultValue("30s") Duration maxRetryAfter,
      @DefaultValue("128") int maxInFlight,
      @DefaultValue("50000") int answersPerRun) {

    @Override
    public String toString() {
      return "Http[baseUrl=%s, token=%s, connectTimeout=%s, readTimeout=%s, maxRetries=%d, maxInFlight=%d, answersPerRun=%d]"
          .formatted(
              baseUrl,
              token == null ? "none" : "***",
              connectTimeout,
              readTimeout,
              maxRetries,
              maxInFlight,
              answersPerRun);
    }
  }
}
