package se.vendorscreening.scheduling.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import se.vendorscreening.intake.RejectedRow;
import se.vendorscreening.registry.EvidenceRetention;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;

/** Stand-ins for the screening and registry modules, which the scheduler only calls. */
@TestConfiguration(proxyBeanMethods = false)
class SchedulingTestConfiguration {

  @Bean
  @Primary
  RecordingScreeningJobs recordingScreeningJobs() {
    try {
      return new RecordingScreeningJobs(Files.createTempDirectory("scheduling-reports"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Bean
  @Primary
  ScreeningResults fabricatedScreeningResults() {
    return new ScreeningResults() {
      @Override
      public Optional<RunInfo> run(String runId) {
        return Optional.empty();
      }

      @Override
      public List<RunInfo> runs() {
        return List.of();
      }

      @Override
      public Stream<PartyResult> results(String runId) {
        return FabricatedChanges.all().stream().map(PartyChange::result);
      }

      @Override
      public Stream<PartyChange> changes(String runId) {
        return FabricatedChanges.all().stream();
      }

      @Override
      public List<RejectedRow> rejectedRows(String runId) {
        return List.of();
      }
    };
  }

  @Bean
  @Primary
  RecordingEvidenceRetention recordingEvidenceRetention() {
    return new RecordingEvidenceRetention();
  }

  /** Records each purge's cut-off and actor. */
  static class RecordingEvidenceRetention implements EvidenceRetention {

    record Purge(Instant cutoff, String actor) {}

    final List<Purge> purges = new CopyOnWriteArrayList<>();

    @Override
    public long purgeRetrievedBefore(Instant cutoff, String actor) {
      purges.add(new Purge(cutoff, actor));
      return 7;
    }

    List<Purge> by(String actor) {
      return purges.stream().filter(p -> p.actor().equals(actor)).toList();
    }
  }
}
