package se.vendorscreening.screening.internal.jobs;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the screening module ({@code screening.screening.*}).
 *
 * @param rulesFile the operator's rules.yml; the built-in copy is used when it does not exist
 * @param matching matching settings that override rules.yml
 * @param chunkSize parties per chunk of the screening step
 * @param concurrency parties checked at once
 * @param partitioning the screening step split over several processes
 */
@ConfigurationProperties("screening.screening")
record ScreeningProperties(
    Path rulesFile, Matching matching, int chunkSize, int concurrency, Partitioning partitioning) {

  ScreeningProperties {
    rulesFile = rulesFile == null ? Path.of("config/rules.yml") : rulesFile;
    matching = matching == null ? new Matching(null) : matching;
    chunkSize = chunkSize <= 0 ? 500 : chunkSize;
    concurrency = concurrency <= 0 ? 128 : concurrency;
    partitioning = partitioning == null ? new Partitioning(1, null, null, null) : partitioning;
  }

  /**
   * Matching settings.
   *
   * @param threshold the name similarity threshold, or null for the one in rules.yml
   */
  record Matching(Double threshold) {}

  /**
   * The screening step split into partitions that worker processes on the same database take
   * (docs/scaling.md).
   *
   * @param partitions ranges of parties a screen run is split into; 1 screens in this process
   *     alone, as a plain step
   * @param localWorker whether the process that runs the job also screens partitions
   * @param timeout how long the job waits for all its partitions before it fails the run
   * @param pollInterval how often workers look for requests and the job for finished partitions
   */
  record Partitioning(
      int partitions, Boolean localWorker, Duration timeout, Duration pollInterval) {

    Partitioning {
      partitions = Math.max(1, partitions);
      localWorker = localWorker == null || localWorker;
      timeout = timeout == null ? Duration.ofHours(2) : timeout;
      pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
    }

    boolean enabled() {
      return partitions > 1;
    }
  }
}
