package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import se.vendorscreening.registry.Registries;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.RegistryConnections;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

@SpringBootTest
class ScreenWithSlowAndFailingRegistryIntegrationTests {

  static final AtomicInteger inFlight = new AtomicInteger();
  static final AtomicInteger mostInFlight = new AtomicInteger();

  @TestConfiguration
  static class SlowRegistries {

    /**
     * The file registries, each answer 30 ms late, and the conviction check failing for one
     * company.
     */
    @Bean
    @Primary
    RegistryConnections slowAndFailingRegistries(
        @Qualifier("configuredRegistryConnections") RegistryConnections files) {
      return dir -> {
        Registries real = files.open(dir);
        return new Registries(
            s -> slowly(() -> real.taxArrears().debtsOf(s)),
            s -> {
              if (s.name().equals("Lissma Golv AB")) {
                throw new RegistryCheckFailedException(
                    "CONVICTIONS", "HTTP 503 after 3 attempts", null);
              }
              return slowly(() -> real.convictions().convictionsOf(s));
            },
            s -> slowly(() -> real.financialStanding().standingOf(s)),
            real.networkAssessments(),
            real.mode(),
            real.sources());
      };
    }

    private static <T> T slowly(Supplier<T> answer) {
      int now = inFlight.incrementAndGet();
      mostInFlight.accumulateAndGet(now, Math::max);
      try {
        Thread.sleep(30);
        return answer.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        inFlight.decrementAndGet();
      }
    }
  }

  @Autowired Cli cli;
  @Autowired ScreeningResults results;

  @TempDir Path out;

  @Test
  void checksPartiesConcurrentlyAndAFailedCheckMakesThePartyIncompleteWithExitStatusTwo() {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();

    int status =
        cli.execute(
            new PrintWriter(stdout), new PrintWriter(stderr), SampleCommandLines.screenSample(out));

    assertThat(status).as(stdout + "\n" + stderr).isEqualTo(ExitStatus.COMPLETED_WITH_PROBLEMS);
    assertThat(mostInFlight.get()).isGreaterThan(1);
    String runId = results.runs().get(0).runId();
    try (Stream<PartyResult> parties = results.results(runId)) {
      PartyResult lissma =
          parties.filter(p -> p.orgNo().equals("555136-7112")).findFirst().orElseThrow();
      assertThat(lissma.decision()).isEqualTo(Decision.INCOMPLETE);
      assertThat(lissma.ruleIds()).contains("CHECK_FAILED");
      assertThat(lissma.findings())
          .filteredOn(f -> f.ruleId().equals("CHECK_FAILED"))
          .first()
          .satisfies(f -> assertThat(f.summary()).contains("HTTP 503 after 3 attempts"));
    }
    assertThat(results.runs().get(0).counts().get(Decision.INCOMPLETE)).isEqualTo(1);
  }
}
