package se.vendorscreening.screening.internal.jobs;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import se.vendorscreening.registry.Registries;
import se.vendorscreening.screening.OutputFile;

/**
 * The resources of one job execution's run, a {@code @JobScope} bean ({@link
 * ScreenJobConfiguration#jobRunResources}): opened with the registries by the step that screens the
 * parties ({@link RunRegistryListeners#openBeforeTheParties}), their registries let go when that
 * step ends, opened without registries by a later step when the execution did not screen the
 * parties (a restart of a later step), and dropped when the job ends ({@link #atTheJobsEnd}), which
 * also hands the files the report step wrote to the caller through the job execution ({@link
 * #outputsOf}).
 *
 * <p>The party threads of a chunk reach it in their job's context ({@link
 * se.vendorscreening.shared.JobScopeOnTaskThreads}) and never open it: a thread of a failed chunk
 * still running after its step ended finds the registries gone (or, after the job ended, a new bean
 * of a context of its own that opened nothing) and fails its party, instead of opening them again
 * for a run that is over. A partition in the job's process shares the job's bean; one in another
 * process gets a bean for as long as it runs, with the registries the process keeps between the
 * partitions of the run ({@link PartitionRegistries}).
 */
class JobRunResources {

  /**
   * The job execution's context entry with the files written, put there after Spring Batch saved
   * the context for the last time: it travels in memory with the execution the operator returns,
   * never into the job repository (a run of 100,000 parties writes a file for each).
   */
  static final String OUTPUTS = "run.outputs";

  private final RunResourcesOpener opener;
  private final RunParameters run;
  private volatile RunResources resources;
  private volatile List<OutputFile> outputs = List.of();

  JobRunResources(RunResourcesOpener opener, RunParameters run) {
    this.opener = opener;
    this.run = run;
  }

  /**
   * Opens the run's resources with its registries, unless a step of this execution has them open
   * (another partition of the run in this process).
   */
  synchronized RunResources openForTheParties(Supplier<Registries> registries) {
    if (resources == null || resources.registries() == null) {
      resources = opener.open(run, registries.get());
    }
    return resources;
  }

  /**
   * The resources the screening step opened, with their registries; never opens them.
   *
   * @throws IllegalStateException when the run's screening step is not in progress (a party thread
   *     of a chunk that failed, still running after its step ended)
   */
  RunResources screening() {
    RunResources current = resources;
    if (current == null || current.registries() == null) {
      throw new IllegalStateException(
          "run " + run.runId() + " is not screening parties in this process (its step has ended)");
    }
    return current;
  }

  /**
   * The resources for the steps after screening, which need no registries: opened without them when
   * this execution did not screen the parties.
   */
  synchronized RunResources afterScreening() {
    if (resources == null) {
      resources = opener.open(run, null);
    }
    return resources;
  }

  /**
   * Drops the registries once the parties are screened: their indexes grow with the extracts and
   * are the largest thing a run holds, and the later steps do not use them.
   */
  synchronized void releaseRegistries() {
    if (resources != null) {
      resources = resources.withoutRegistries();
    }
  }

  /** The files the report step wrote. */
  void keepOutputs(List<OutputFile> written) {
    outputs = List.copyOf(written);
  }

  /**
   * Drops the run's resources when its job ends and hands the files written to the caller in the
   * job execution's context ({@link #OUTPUTS}). Spring Batch runs a job's listeners while the job's
   * context is still registered, and saves the execution's context before them for the last time.
   */
  static JobExecutionListener atTheJobsEnd(JobRunResources resources) {
    return new JobExecutionListener() {
      @Override
      public void afterJob(JobExecution job) {
        job.getExecutionContext().put(OUTPUTS, resources.end());
      }
    };
  }

  /** Drops the resources; the files written. */
  synchronized List<OutputFile> end() {
    List<OutputFile> written = outputs;
    resources = null;
    outputs = List.of();
    return written;
  }

  /** Takes the files the run wrote out of the job execution the operator returned. */
  @SuppressWarnings("unchecked")
  static List<OutputFile> outputsOf(JobExecution job) {
    Object outputs = job.getExecutionContext().remove(OUTPUTS);
    return outputs instanceof List<?> files ? (List<OutputFile>) files : List.of();
  }
}
