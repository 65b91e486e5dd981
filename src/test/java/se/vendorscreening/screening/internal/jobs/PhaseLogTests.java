package se.vendorscreening.screening.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class PhaseLogTests {

  private static final Pattern PHASE =
      Pattern.compile("phase=screenPartiesStep rows=42 seconds=([0-9]+\\.[0-9]{2})");

  @Test
  void timesTheStepByTheMonotonicClockFromWhenItStarted(CapturedOutput output) {
    PhaseLog log = new PhaseLog();
    // the batch recorded a start an hour ago: a wall clock set back by an hour during the step
    StepExecution step = stepStarted(LocalDateTime.now().minusHours(1));

    log.beforeStep(step);
    log.afterStep(step);

    assertThat(seconds(output)).isLessThan(60);
  }

  @Test
  void fallsBackToTheRecordedStartOfAStepItDidNotSeeStart(CapturedOutput output) {
    StepExecution step = stepStarted(LocalDateTime.now().minusHours(1));

    new PhaseLog().afterStep(step);

    assertThat(seconds(output)).isBetween(3600.0, 3660.0);
  }

  @Test
  void eachExecutionOfTheStepHasItsOwnStart(CapturedOutput output) {
    PhaseLog log = new PhaseLog();
    StepExecution first = stepStarted(LocalDateTime.now().minusHours(1));
    StepExecution second = stepStarted(LocalDateTime.now().minusHours(1));

    log.beforeStep(first);
    log.afterStep(first);
    // the first's start is gone with it: the second, never seen starting, falls back
    log.afterStep(second);

    Matcher phases = PHASE.matcher(output.getOut());
    assertThat(phases.find()).isTrue();
    assertThat(Double.parseDouble(phases.group(1))).isLessThan(60);
    assertThat(phases.find()).isTrue();
    assertThat(Double.parseDouble(phases.group(1))).isBetween(3600.0, 3660.0);
  }

  private static StepExecution stepStarted(LocalDateTime recordedStart) {
    StepExecution step = MetaDataInstanceFactory.createStepExecution("screenPartiesStep", 7L);
    step.setStartTime(recordedStart);
    step.setWriteCount(42);
    return step;
  }

  private static double seconds(CapturedOutput output) {
    Matcher phase = PHASE.matcher(output.getOut());
    assertThat(phase.find()).as("a phase= line in %s", output.getOut()).isTrue();
    return Double.parseDouble(phase.group(1));
  }
}
