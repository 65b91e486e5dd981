package se.vendorscreening.screening.internal.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import se.vendorscreening.graph.RelationshipSignals;
import se.vendorscreening.intake.UnreadableInputException;
import se.vendorscreening.intake.VendorListImport;
import se.vendorscreening.registry.UnreadableExtractException;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.RecheckRequest;
import se.vendorscreening.screening.RunCompleted;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.RunNotRestartableException;
import se.vendorscreening.screening.RunOutcome;
import se.vendorscreening.screening.ScreenRequest;
import se.vendorscreening.screening.ScreeningJobs;
import se.vendorscreening.screening.internal.rules.RuleSet;
import se.vendorscreening.screening.internal.stores.RunStore;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.SwedishTime;

/**
 * Starts the screen and re-check jobs through the {@link JobOperator}, each as a new instance
 * identified by a run id that sorts by time ({@code 20261128-142501-screen-7}), and publishes
 * {@link RunCompleted} once the run folder is written (or the run failed).
 */
@Service
class JobOperatorScreeningJobs implements ScreeningJobs {

  static final ZoneId SWEDEN = SwedishTime.ZONE;
  private static final Logger log = LoggerFactory.getLogger(JobOperatorScreeningJobs.class);
  private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final JobOperator jobOperator;
  private final JobRepository jobRepository;
  private final Job screenJob;
  private final Job recheckJob;
  private final RunStore runStore;
  private final RunResourcesOpener opener;
  private final ApplicationEventPublisher events;
  private final Path reportsDir;
  private final VendorListImport vendorListImport;
  private final RelationshipSignals relationshipSignals;
  private final se.vendorscreening.intake.SwornStatements swornStatements;
  private final MessageSource messages;
  private final Clock clock;

  JobOperatorScreeningJobs(
      JobOperator jobOperator,
      JobRepository jobRepository,
      @Qualifier("screenJob") Job screenJob,
      @Qualifier("recheckJob") Job recheckJob,
      RunStore runStore,
      RunResourcesOpener opener,
      ApplicationEventPublisher events,
      @Value("${screening.reports-dir:./reports}") Path reportsDir,
      VendorListImport vendorListImport,
      RelationshipSignals relationshipSignals,
      se.vendorscreening.intake.SwornStatements swornStatements,
      MessageSource messages,
      Clock clock) {
    this.clock = clock;
    this.messages = messages;
    this.swornStatements = swornStatements;
    this.vendorListImport = vendorListImport;
    this.relationshipSignals = relationshipSignals;
    this.jobOperator = jobOperator;
    this.jobRepository = jobRepository;
    this.screenJob = screenJob;
    this.recheckJob = recheckJob;
    this.runStore = runStore;
    this.opener = opener;
    this.events = events;
    this.reportsDir = reportsDir;
  }

  @Override
  public RunOutcome screen(ScreenRequest request) {
    RunParameters.Inputs inputs =
        new RunParameters.Inputs(
            request.vendors(), request.representatives(), request.owners(), request.statements());
    return run(
        new RunRequest(
            "screen",
            screenJob,
            inputs,
            request.registriesDir(),
            request.asOf(),
            request.outDir(),
            request.language(),
            request.actor(),
            request.command()));
  }

  @Override
  public RunOutcome recheck(RecheckRequest request) {
    return run(
        new RunRequest(
            "recheck",
            recheckJob,
            RunParameters.Inputs.NONE,
            request.registriesDir(),
            request.asOf(),
            request.outDir(),
            request.language(),
            request.actor(),
            request.command()));
  }

  /**
   * A run to start: the screen or re-check request with its job; null fields take their defaults
   * when the run starts ({@link #parametersOf}).
   */
  private record RunRequest(
      String jobName,
      Job job,
      RunParameters.Inputs inputs,
      Path registriesDir,
      LocalDate asOf,
      Path outDir,
      Locale language,
      String actor,
      String command) {}

  private RunOutcome run(RunRequest request) {
    RuleSet rules = opener.loadRules();
    Instant startedAt = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    long number = runStore.nextRunNumber(request.jobName());
    String runId =
        RUN_TIME.format(startedAt.atZone(SWEDEN)) + "-" + request.jobName() + "-" + number;
    RunParameters parameters = parametersOf(request, runId);
    RunInfo started =
        new RunInfo(
            runId,
            request.jobName(),
            startedAt,
            null,
            parameters.asOf(),
            request.actor(),
            parameters.language(),
            rules.version(),
            rules.profile().name(),
            List.of(),
            List.of(),
            null,
            List.of(),
            emptyCounts(),
            "STARTED");
    runStore.insertStarted(started, number, request.command());
    log.info("Run {} started: {} as of {}", runId, request.jobName(), parameters.asOf());
    return carryOut(
        runId,
        parameters.outDir(),
        request.command(),
        () -> {
          checkInputsBeforeTheJob(runId, request.command(), parameters.inputs());
          return jobOperator.start(request.job(), parameters.toJobParameters());
        });
  }

  /** The request with its defaults: today, the configured reports folder, Swedish. */
  private RunParameters parametersOf(RunRequest request, String runId) {
    return new RunParameters(
        runId,
        request.asOf() != null ? request.asOf() : LocalDate.now(clock),
        request.outDir() != null ? request.outDir() : reportsDir,
        request.language() != null ? request.language() : Locale.forLanguageTag("sv-SE"),
        request.actor(),
        request.registriesDir(),
        request.inputs());
  }

  /**
   * Checks the run's input files before its job starts (and with it the registries' loading): an
   * unreadable file fails the run at once, with the file's name and why.
   */
  private void checkInputsBeforeTheJob(String runId, String command, RunParameters.Inputs inputs) {
    try {
      if (inputs.vendors() != null) {
        vendorListImport.checkReadable(inputs.vendors(), inputs.representatives(), runId);
      }
      if (inputs.owners() != null) {
        relationshipSignals.checkOwnersFile(inputs.owners());
      }
      if (inputs.statements() != null) {
        swornStatements.checkReadable(inputs.statements());
      }
    } catch (UnreadableInputException e) {
      recordFailure(runId, command);
      throw e;
    }
  }

  @Override
  public RunOutcome restart(String runId, boolean abandonRunning, String command) {
    RunInfo run =
        runStore.run(runId).orElseThrow(() -> new RunNotRestartableException(runId, "not-found"));
    Job job = "recheck".equals(run.job()) ? recheckJob : screenJob;
    JobExecution last =
        jobRepository.getLastJobExecution(job.getName(), RunParameters.identifying(runId));
    if (last == null) {
      throw new RunNotRestartableException(runId, "never-started");
    }
    if (last.getStatus() == BatchStatus.COMPLETED) {
      throw new RunNotRestartableException(runId, "completed");
    }
    if (last.getStatus().isRunning()) {
      if (!abandonRunning) {
        throw new RunNotRestartableException(runId, "running");
      }
      log.warn(
          "Run {}: execution {} was left {}; marking it failed to restart it",
          runId,
          last.getId(),
          last.getStatus());
      last = jobOperator.recover(last);
    }
    JobExecution failed = last;
    Path outDir = RunParameters.of(failed.getJobParameters()).outDir();
    log.info(
        "Run {} restarted: {} after execution {} ended {}",
        runId,
        run.job(),
        failed.getId(),
        failed.getStatus());
    // the same parameters again: Spring Batch continues the job instance where it ended
    return carryOut(
        runId, outDir, command, () -> jobOperator.start(job, failed.getJobParameters()));
  }

  /** Runs the job to its end and turns the execution into the run's outcome. */
  private RunOutcome carryOut(String runId, Path outDir, String command, Execution start) {
    try {
      JobExecution execution = start.run();
      List<OutputFile> outputs = JobRunResources.outputsOf(execution);
      if (execution.getStatus() != BatchStatus.COMPLETED) {
        return failed(runId, command, execution);
      }
      RunInfo run = runStore.run(runId).orElseThrow();
      Path folder = outputs.isEmpty() ? null : outDir.resolve(runId);
      events.publishEvent(new RunCompleted(run, command, folder, outputs));
      log.info("Run {} completed: {}", runId, run.counts());
      return new RunOutcome(run, folder, runStore.rowsRejected(runId));
    } catch (UnreadableInputException e) {
      throw e;
    } catch (Exception e) {
      runStore.fail(runId, Instant.now(clock));
      RunInfo run = runStore.run(runId).orElseThrow();
      events.publishEvent(new RunCompleted(run, command, null, List.of()));
      throw new IllegalStateException("run " + runId + " could not start: " + e.getMessage(), e);
    }
  }

  /** Starting or restarting the job. */
  @FunctionalInterface
  private interface Execution {
    JobExecution run() throws Exception;
  }

  private RunInfo recordFailure(String runId, String command) {
    runStore.fail(runId, Instant.now(clock));
    RunInfo run = runStore.run(runId).orElseThrow();
    events.publishEvent(new RunCompleted(run, command, null, List.of()));
    return run;
  }

  private RunOutcome failed(String runId, String command, JobExecution execution) {
    RunInfo run = recordFailure(runId, command);
    for (Throwable failure : execution.getAllFailureExceptions()) {
      Throwable cause = failure;
      while (cause != null) {
        if (cause instanceof UnreadableInputException unreadable) {
          throw unreadable;
        }
        if (cause instanceof UnreadableExtractException extract) {
          throw unreadable(extract);
        }
        cause = cause.getCause();
      }
    }
    log.error(
        "Run {} failed: {}",
        runId,
        execution.getAllFailureExceptions().stream()
            .map(Throwable::toString)
            .findFirst()
            .orElse("?"));
    return new RunOutcome(run, null, runStore.rowsRejected(runId));
  }

  /** A registry extract that cannot be read, said in the user's language. */
  private UnreadableInputException unreadable(UnreadableExtractException extract) {
    Locale locale = LocaleContextHolder.getLocale();
    String why =
        messages.getMessage(
            "registry.extract." + extract.code(),
            extract.arguments().toArray(),
            extract.getMessage(),
            locale);
    String frame =
        UnreadableExtractException.FOLDER_MISSING.equals(extract.code())
            ? "registry.folder.unreadable"
            : "registry.extract.unreadable";
    return new UnreadableInputException(
        messages.getMessage(frame, new Object[] {extract.file(), why}, locale), extract);
  }

  private static Map<Decision, Long> emptyCounts() {
    Map<Decision, Long> counts = new EnumMap<>(Decision.class);
    for (Decision decision : Decision.values()) {
      counts.put(decision, 0L);
    }
    return counts;
  }
}
