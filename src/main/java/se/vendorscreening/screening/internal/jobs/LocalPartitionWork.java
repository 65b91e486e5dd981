package se.vendorscreening.screening.internal.jobs;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Lets the process that runs a partitioned step work on its partitions while it waits for them. */
final class LocalPartitionWork implements StepExecutionListener {

  private final PartitionWorker worker;

  LocalPartitionWork(PartitionWorker worker) {
    this.worker = worker;
  }

  @Override
  public void beforeStep(StepExecution manager) {
    worker.startLocalWork();
  }

  @Override
  public ExitStatus afterStep(StepExecution manager) {
    worker.stopLocalWork();
    return manager.getExitStatus();
  }
}
