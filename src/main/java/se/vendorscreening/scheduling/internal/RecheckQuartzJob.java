package se.vendorscreening.scheduling.internal;

import java.util.List;
import java.util.stream.Stream;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.RecheckRequest;
import se.vendorscreening.screening.RunOutcome;
import se.vendorscreening.screening.ScreeningJobs;
import se.vendorscreening.screening.ScreeningResults;

/** The nightly re-check: re-screens every ACTIVE contract's parties and tells who must know. */
@DisallowConcurrentExecution
class RecheckQuartzJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(RecheckQuartzJob.class);

  private final ScreeningJobs screeningJobs;
  private final ScreeningResults results;
  private final ChangeNotifier notifier;

  RecheckQuartzJob(ScreeningJobs screeningJobs, ScreeningResults results, ChangeNotifier notifier) {
    this.screeningJobs = screeningJobs;
    this.results = results;
    this.notifier = notifier;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    JobSettings settings = JobSettings.of(context.getMergedJobDataMap());
    log.info("Job {}: re-check started", settings.name());
    RunOutcome outcome;
    try {
      outcome =
          screeningJobs.recheck(
              new RecheckRequest(
                  null, null, null, settings.language(), settings.actor(), settings.command()));
    } catch (RuntimeException e) {
      log.error("Job {}: re-check failed: {}", settings.name(), e.getMessage(), e);
      throw new JobExecutionException(e, false);
    }
    log.info(
        "Job {}: re-check {} ended {}, folder {}",
        settings.name(),
        outcome.run().runId(),
        outcome.run().status(),
        outcome.folder());
    if (outcome.failed()) {
      return;
    }
    List<PartyChange> changes = changesOf(outcome.run().runId());
    if (changes.isEmpty()) {
      log.info("Job {}: nothing changed, nobody to notify", settings.name());
      return;
    }
    notifier.notifyChanges(outcome, changes, settings.language());
  }

  private List<PartyChange> changesOf(String runId) {
    try (Stream<PartyChange> changes = results.changes(runId)) {
      return changes.filter(change -> change.change() != ChangeClass.UNCHANGED).toList();
    }
  }
}
