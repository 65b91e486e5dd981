package se.vendorscreening.screening.internal.jobs;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The step listeners that take a run's registries through their life: loaded ahead by the job
 * execution's {@link RegistryPreload}, then held for the screening in {@link ActiveRuns}.
 */
final class RunRegistryListeners {

  private RunRegistryListeners() {}

  /**
   * Starts loading the run's registries when the import starts, so that the two overlap on a
   * machine's second core; the screening step takes the loaded registries.
   */
  static StepExecutionListener preloadWhenTheImportStarts(RegistryPreload preload) {
    return new StepExecutionListener() {
      @Override
      public void beforeStep(StepExecution step) {
        preload.start();
      }
    };
  }

  /**
   * Opens the run's registries (or takes the preloaded ones) on the step's own thread before its
   * first chunk, so that a registry that cannot be read fails the step before any party is checked.
   * The party threads only take what this opened: when a chunk fails, Spring Batch ends the step
   * without waiting for the chunk's other threads, and such a thread must not open the registries
   * again for a run that has ended (it would leave them, or their failure, behind for the run). The
   * preload is the job execution's: a partition's step must have the job's scope on its thread
   * ({@link se.vendorscreening.shared.JobScopeOnStepThreads}).
   */
  static StepExecutionListener openBeforeTheParties(ActiveRuns runs, RegistryPreload preload) {
    return new StepExecutionListener() {
      @Override
      public void beforeStep(StepExecution step) {
        runs.resourcesFor(step.getJobParameters(), preload);
      }
    };
  }

  /**
   * Lets go of the run's registries when its parties are screened (whatever the step's outcome), so
   * their indexes can be collected before the subcontractor and report steps.
   */
  static StepExecutionListener releaseAfterTheParties(ActiveRuns runs) {
    return new StepExecutionListener() {
      @Override
      public ExitStatus afterStep(StepExecution step) {
        runs.releaseRegistries(step.getJobParameters().getString(RunParameters.RUN_ID));
        return step.getExitStatus();
      }
    };
  }
}
