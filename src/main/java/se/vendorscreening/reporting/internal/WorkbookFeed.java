package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.core.task.TaskExecutor;

/**
 * Hands parties to the workbook's sheets on a thread of their own, so that writing the XML of the
 * rows overlaps with reading the next results and writing results.csv. The queue between the two is
 * bounded: memory stays flat whatever the size of the run.
 */
final class WorkbookFeed implements AutoCloseable {

  private static final int QUEUED_PARTIES = 1024;
  private static final ReportedParty END = new ReportedParty(null, null, null, null);

  private final BlockingQueue<ReportedParty> queue = new ArrayBlockingQueue<>(QUEUED_PARTIES);
  private final BackgroundTask<Void> task;

  /** Starts taking parties into the workbook on a thread of the executor. */
  WorkbookFeed(WorkbookReportWriter workbook, TaskExecutor executor) {
    this.task =
        BackgroundTask.start(
            executor,
            "report.xlsx",
            () -> {
              for (ReportedParty party = queue.take(); party != END; party = queue.take()) {
                workbook.add(party);
              }
              return null;
            });
  }

  /** Queues a party for the workbook; fails if the workbook's thread has failed. */
  void add(ReportedParty party) throws IOException {
    try {
      while (!queue.offer(party, 100, TimeUnit.MILLISECONDS)) {
        if (task.isDone()) {
          task.await();
          throw new IllegalStateException("The workbook stopped taking parties");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while writing report.xlsx", e);
    }
  }

  /** Waits until every queued party is in the workbook. */
  void finish() throws IOException {
    add(END);
    task.await();
  }

  /** Stops the workbook's thread if {@link #finish()} was not reached, and waits for it. */
  @Override
  public void close() {
    task.close();
  }
}
