package se.vendorscreening.screening.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the screening module ({@code screening.screening.*}).
 *
 * @param rulesFile the operator's rules.yml; the built-in copy is used when it does not exist
 * @param matching matching settings that override rules.yml
 * @param chunkSize parties per chunk of the screening step
 * @param concurrency parties checked at once
 */
@ConfigurationProperties("screening.screening")
record ScreeningProperties(Path rulesFile, Matching matching, int chunkSize, int concurrency) {

  ScreeningProperties {
    rulesFile = rulesFile == null ? Path.of("config/rules.yml") : rulesFile;
    matching = matching == null ? new Matching(null) : matching;
    chunkSize = chunkSize <= 0 ? 500 : chunkSize;
    concurrency = concurrency <= 0 ? 128 : concurrency;
  }

  /**
   * Matching settings.
   *
   * @param threshold the name similarity threshold, or null for the one in rules.yml
   */
  record Matching(Double threshold) {}
}
