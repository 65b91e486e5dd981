package se.vendorscreening.scheduling;

import java.util.List;

/**
 * Runs the jobs of the jobs folder until stopped; the {@code serve} command drives it.
 *
 * <p>Stopping (also on SIGTERM or SIGINT, through the application context's shutdown) asks running
 * Spring Batch executions to stop after their current chunk, so they end STOPPED and can be
 * restarted, and waits for the running jobs before the scheduler shuts down.
 */
public interface JobScheduling {

  /**
   * Reads and validates the job definitions, brings the stored jobs and triggers in line with them
   * and starts the scheduler.
   *
   * @return the jobs now scheduled
   * @throws IllegalArgumentException when a definition is invalid; the message names the file, the
   *     key and the reason
   */
  List<ScheduledJob> start();

  /** Blocks until {@link #stop()} has finished. */
  void awaitStopped() throws InterruptedException;

  /** Stops cleanly: no new runs, running batch jobs stopped between chunks and waited for. */
  void stop();
}
