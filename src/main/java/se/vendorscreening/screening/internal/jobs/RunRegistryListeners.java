package se.vendorscreening.screening.internal.jobs;

import java.util.function.Function;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import se.vendorscreening.registry.Registries;

/**
 * The step listeners that take a run's registries through their life: loaded ahead by the job
 * execution's {@link RegistryPreload}, then held for the screening by its {@link JobRunResources}.
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
   * run's resources and preload are the job execution's: a partition's step must have the job's
   * scope on its thread ({@link se.vendorscreening.shared.JobScopeOnStepThreads}).
   *
   * @param registries the run's registries by run id: the job's preload, or those a process keeps
   *     between partitions ({@link PartitionRegistries})
   */
  static StepExecutionListener openBeforeTheParties(
      JobRunResources run, Function<String, Registries> registries) {
    return new StepExecutionListener() {
      @Override
      public void beforeStep(StepExecution step) {
        String runId = step.getJobParameters().getString(RunParameters.RUN_ID);
        run.openForTheParties(() -> registries.apply(runId));
      }
    };
  }

  /**
   * Lets go of the run's registries when its parties are screened (whatever the step's outcome), so
   * their indexes can be collected before the subcontractor and report steps; the manager of
   * partitions also lets go of those its process kept for them.
   */
  static StepExecutionListener releaseAfterTheParties(
      JobRunResources run, PartitionRegistries partitions) {
    return new StepExecutionListener() {
      @Override
      public ExitStatus afterStep(StepExecution step) {
        run.releaseRegistries();
        if (partitions != null) {
          partitions.releaseNow(step.getJobParameters().getString(RunParameters.RUN_ID));
        }
        return step.getExitStatus();
      }
    };
  }
}
