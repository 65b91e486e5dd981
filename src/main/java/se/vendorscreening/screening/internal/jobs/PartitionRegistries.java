package se.vendorscreening.screening.internal.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import se.vendorscreening.registry.Registries;

/**
 * Keeps a run's registries in this process from one of its partitions to the next, and lets go of
 * them once no partition of the run has run here for a while. Releasing them after every partition
 * (as the unpartitioned step does after its one pass) made a process that takes several partitions
 * of a run read and index the extracts again for each, seconds every time at a million records. The
 * manager releases them as soon as its step has ended; a worker cannot know whether more partitions
 * of the run will come its way, so it waits {@code linger} after the last one ended.
 *
 * <p>State of the process, not of a job execution, and so kept by run id: on a worker the job's
 * context exists only while one of its partitions runs, and a {@code @JobScope} bean would drop the
 * registries between two partitions.
 */
@Component
class PartitionRegistries implements StepExecutionListener {

  private final Duration linger;
  private final Map<String, Registries> kept = new HashMap<>();
  private final Map<String, Integer> runningPartitions = new HashMap<>();
  private final Map<String, ScheduledFuture<?>> pendingReleases = new HashMap<>();
  private final TaskScheduler timer;

  @Autowired
  PartitionRegistries(
      ScreeningProperties properties,
      @Qualifier(ScreeningThreads.PARTITION_TIMER) TaskScheduler timer) {
    this(lingerFor(properties.partitioning().pollInterval()), timer);
  }

  /**
   * @param timer releases the registries {@code linger} after the last partition ended, on its own
   *     clock
   */
  PartitionRegistries(Duration linger, TaskScheduler timer) {
    this.linger = linger;
    this.timer = timer;
  }

  /** Three polls of the request queue, and at least ten seconds. */
  private static Duration lingerFor(Duration pollInterval) {
    Duration threePolls = pollInterval.multipliedBy(3);
    return threePolls.compareTo(Duration.ofSeconds(10)) > 0 ? threePolls : Duration.ofSeconds(10);
  }

  @Override
  public synchronized void beforeStep(StepExecution partition) {
    String runId = runIdOf(partition);
    runningPartitions.merge(runId, 1, Integer::sum);
    ScheduledFuture<?> pending = pendingReleases.remove(runId);
    if (pending != null) {
      pending.cancel(false);
    }
  }

  @Override
  public synchronized ExitStatus afterStep(StepExecution partition) {
    String runId = runIdOf(partition);
    if (runningPartitions.merge(runId, -1, Integer::sum) <= 0) {
      runningPartitions.remove(runId);
      Instant releaseAt = timer.getClock().instant().plus(linger);
      pendingReleases.put(runId, timer.schedule(() -> release(runId), releaseAt));
    }
    return partition.getExitStatus();
  }

  /**
   * The registries this process keeps for the run, opened now when it keeps none (the first
   * partition of the run here, or the first after they were let go).
   */
  synchronized Registries registriesOf(String runId, Supplier<Registries> open) {
    return kept.computeIfAbsent(runId, id -> open.get());
  }

  /** Whether this process keeps registries for the run. */
  synchronized boolean keeps(String runId) {
    return kept.containsKey(runId);
  }

  /** Lets go of the run's registries now: its manager step has ended, no partition will follow. */
  synchronized void releaseNow(String runId) {
    ScheduledFuture<?> pending = pendingReleases.remove(runId);
    if (pending != null) {
      pending.cancel(false);
    }
    kept.remove(runId);
  }

  private synchronized void release(String runId) {
    if (!runningPartitions.containsKey(runId)) {
      pendingReleases.remove(runId);
      kept.remove(runId);
    }
  }

  private static String runIdOf(StepExecution partition) {
    return partition.getJobParameters().getString(RunParameters.RUN_ID);
  }
}
