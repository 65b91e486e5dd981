package se.vendorscreening.screening.internal.jobs;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.integration.endpoint.AbstractEndpoint;
import org.springframework.stereotype.Component;
import se.vendorscreening.screening.ScreeningWorker;

/**
 * Takes partition requests in this process: for the {@code worker} command until stopped, and for a
 * partitioned screen run started here while its manager step waits (when the manager works
 * locally). Each partition it runs records this node ({@code host/pid}) in its step execution
 * context, and stops after its current chunk when the process shuts down.
 */
@Component
class PartitionWorker implements ScreeningWorker, StepExecutionListener, SmartLifecycle {

  static final String NODE = "partition.node";
  static final String ENDPOINT = "screenPartitionWorker";

  private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);
  private static final long STOP_WAIT_SECONDS = 120;

  private final BeanFactory beans;
  private final String node = nodeName();
  private final Set<StepExecution> running = ConcurrentHashMap.newKeySet();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private boolean serving;
  private int localRuns;

  PartitionWorker(BeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public synchronized void startWorking() {
    serving = true;
    consumer().start();
    log.info("Partition worker {} waiting for screening partitions", node);
  }

  @Override
  public void awaitStopped() throws InterruptedException {
    stopped.await();
  }

  @Override
  public void stopWorking() {
    boolean wasServing;
    synchronized (this) {
      wasServing = serving;
      serving = false;
      localRuns = 0;
    }
    stopRunningPartitions();
    // A command that starts lazily and runs without partitions never made the worker's flow.
    if (beans.containsBean(ENDPOINT)) {
      consumer().stop();
    }
    if (wasServing) {
      log.info("Partition worker {} stopped", node);
    }
    stopped.countDown();
  }

  /** Nothing to do: only {@link #startWorking()} and a partitioned run take requests. */
  @Override
  public void start() {}

  /** The context is closing (SIGTERM): stop as {@link #stopWorking()} does. */
  @Override
  public void stop() {
    stopWorking();
  }

  @Override
  public boolean isRunning() {
    return stopped.getCount() > 0;
  }

  /** Stopped before the rest of the context (the database above all), started by nobody. */
  @Override
  public boolean isAutoStartup() {
    return false;
  }

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 100;
  }

  /** A partitioned run of this process is waiting for its partitions: work on them too. */
  synchronized void startLocalWork() {
    if (localRuns++ == 0 && !serving) {
      consumer().start();
    }
  }

  synchronized void stopLocalWork() {
    if (localRuns > 0 && --localRuns == 0 && !serving) {
      consumer().stop();
    }
  }

  @Override
  public void beforeStep(StepExecution partition) {
    running.add(partition);
    partition.getExecutionContext().putString(NODE, node);
    log.info(
        "Partition {} of run {} started on {}",
        partition.getStepName(),
        partition.getJobParameters().getString(RunParameters.RUN_ID),
        node);
  }

  @Override
  public ExitStatus afterStep(StepExecution partition) {
    running.remove(partition);
    synchronized (running) {
      running.notifyAll();
    }
    return partition.getExitStatus();
  }

  /** Asks the partitions running here to stop after their chunk, and waits for them. */
  private void stopRunningPartitions() {
    running.forEach(StepExecution::setTerminateOnly);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_WAIT_SECONDS);
    synchronized (running) {
      while (!running.isEmpty() && System.nanoTime() < deadline) {
        try {
          running.wait(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private AbstractEndpoint consumer() {
    return beans.getBean(ENDPOINT, AbstractEndpoint.class);
  }

  private static String nodeName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return host + "/" + ManagementFactory.getRuntimeMXBean().getPid();
  }
}
