package se.vendorscreening.screening;

import java.util.List;
import java.util.Optional;

/**
 * How far a run has come, step by step, while it runs (the console's progress page). Read from the
 * batch job's own step records, so it shows what the job has committed.
 */
public interface RunProgress {

  /** The steps of the run's job so far, in the order they started; empty before the job starts. */
  Optional<Progress> of(String runId);

  /**
   * A run's progress.
   *
   * @param runId the run
   * @param status the job's status (STARTING, STARTED, COMPLETED, FAILED, ...)
   * @param steps each step started so far, in order
   */
  record Progress(String runId, String status, List<Step> steps) {

    public Progress {
      steps = List.copyOf(steps);
    }

    /** The step that runs now, or null. */
    public Step current() {
      return steps.stream().filter(Step::running).reduce((first, second) -> second).orElse(null);
    }
  }

  /**
   * One step of a run.
   *
   * @param name the step's name in the job (e.g. {@code screenImportStep}, {@code
   *     screenPartiesStep}); a partitioned step's partitions are summed into it
   * @param status the step's status
   * @param read items read (rows, parties)
   * @param written items written
   * @param skipped items skipped
   * @param partitions the partitions of a partitioned step (0 for a plain one)
   * @param partitionsDone of them, those that have completed
   */
  record Step(
      String name,
      String status,
      long read,
      long written,
      long skipped,
      int partitions,
      int partitionsDone) {

    public boolean running() {
      return "STARTING".equals(status) || "STARTED".equals(status);
    }

    public boolean completed() {
      return "COMPLETED".equals(status);
    }
  }
}
