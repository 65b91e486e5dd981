package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
  static final CountDownLatch overlapped = new CountDownLatch(1);

  @TestConfiguration
  static class SlowRegistries {

    /**
     * The file registries, each answer given only once two checks are in flight at once, and the
     * conviction check failing for one company.
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

    /**
     * The answer once another check is in flight at the same time: the first check waits for a
     * second (at most ten seconds, then it and all later checks answer at once and the test's
     * assertion fails), so the checks overlap without a sleep against the clock.
     */
    private static <T> T slowly(Supplier<T> answer) {
      int now = inFlight.incrementAndGet();
      mostInFlight.accumulateAndGet(now, Math::max);
      if (now > 1) {
        overlapped.countDown();
      }
      try {
        if (!overlapped.await(10, TimeUnit.SECONDS)) {
          overlapped.countDown(); // no overlap: the others need not wait as well
        }
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
