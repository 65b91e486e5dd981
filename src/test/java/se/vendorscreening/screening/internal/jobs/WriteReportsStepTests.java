package se.vendorscreening.screening.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.transaction.PlatformTransactionManager;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.RunReportWriter;

/**
 * The run folder's step prepares the report writer when the step, and so its job, is made: the
 * writer's warm-up then runs beside the run's import and checks, not at the start of the report
 * phase. Nothing is written until the step runs.
 */
class WriteReportsStepTests {

  private final List<String> calls = new ArrayList<>();

  private final RunReportWriter writer =
      new RunReportWriter() {
        @Override
        public List<OutputFile> writeRunFolder(RunInfo run, Path outDir) {
          calls.add("write");
          return List.of();
        }

        @Override
        public void prepare() {
          calls.add("prepare");
        }
      };

  private ScreeningSteps steps(StaticListableBeanFactory beans) {
    return new ScreeningSteps(
        mock(JobRepository.class),
        mock(PlatformTransactionManager.class),
        null,
        null,
        null,
        null,
        null,
        null,
        beans.getBeanProvider(RunReportWriter.class),
        null,
        Clock.systemUTC(),
        null,
        36,
        null);
  }

  @Test
  void theReportWriterIsPreparedWhenTheStepIsMadeAndWritesNothingThen() {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("runFolderWriter", writer);

    var step = steps(beans).writeReportsStep("writeReportsStep");

    assertThat(step.getName()).isEqualTo("writeReportsStep");
    assertThat(calls).containsExactly("prepare");
  }

  @Test
  void aJobWithoutAReportWriterIsStillMade() {
    var step = steps(new StaticListableBeanFactory()).writeReportsStep("writeReportsStep");

    assertThat(step.getName()).isEqualTo("writeReportsStep");
    assertThat(calls).isEmpty();
  }
}
