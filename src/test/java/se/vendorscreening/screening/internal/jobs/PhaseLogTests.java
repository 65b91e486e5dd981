package se.vendorscreening.screening.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;

/**
 * The phase= lines PhaseLog writes, read from its own logger: where the console output goes depends
 * on which test initialised logging first in the same JVM.
 */
class PhaseLogTests {

  private final Logger logger = (Logger) LoggerFactory.getLogger(PhaseLog.class);
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  @BeforeEach
  void listen() {
    lines.start();
    logger.addAppender(lines);
  }

  @AfterEach
  void stopListening() {
    logger.detachAppender(lines);
  }

  private String logged() {
    return lines.list.stream()
        .map(ILoggingEvent::getFormattedMessage)
        .collect(Collectors.joining("\n"));
  }

  private static final Pattern PHASE =
      Pattern.compile("phase=screenPartiesStep rows=42 seconds=([0-9]+\\.[0-9]{2})");

  @Test
  void timesTheStepByTheMonotonicClockFromWhenItStarted() {
    PhaseLog log = new PhaseLog();
    // the batch recorded a start an hour ago: a wall clock set back by an hour during the step
    StepExecution step = stepStarted(LocalDateTime.now().minusHours(1));

    log.beforeStep(step);
    log.afterStep(step);

    assertThat(seconds()).isLessThan(60);
  }

  @Test
  void fallsBackToTheRecordedStartOfAStepItDidNotSeeStart() {
    StepExecution step = stepStarted(LocalDateTime.now().minusHours(1));

    new PhaseLog().afterStep(step);

    assertThat(seconds()).isBetween(3600.0, 3660.0);
  }

  @Test
  void eachExecutionOfTheStepHasItsOwnStart() {
    PhaseLog log = new PhaseLog();
    StepExecution first = stepStarted(LocalDateTime.now().minusHours(1));
    StepExecution second = stepStarted(LocalDateTime.now().minusHours(1));

    log.beforeStep(first);
    log.afterStep(first);
    // the first's start is gone with it: the second, never seen starting, falls back
    log.afterStep(second);

    Matcher phases = PHASE.matcher(logged());
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

  private double seconds() {
    Matcher phase = PHASE.matcher(logged());
    assertThat(phase.find()).as("a phase= line in %s", logged()).isTrue();
    return Double.parseDouble(phase.group(1));
  }
}
