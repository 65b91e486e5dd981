package se.vendorscreening.screening;

/**
 * Screens partitions of the screen runs that other processes on the same database started, until
 * stopped; the {@code worker} command drives it (docs/scaling.md).
 *
 * <p>Stopping (also on SIGTERM or SIGINT, through the application context's shutdown) takes no new
 * partitions and stops a running one after its current chunk, so it ends STOPPED and the run can be
 * restarted.
 */
public interface ScreeningWorker {

  /** Starts taking partition requests from the shared database. */
  void startWorking();

  /** Blocks until {@link #stopWorking()} has finished. */
  void awaitStopped() throws InterruptedException;

  /** Stops cleanly: no new partitions, a running one stopped between chunks and waited for. */
  void stopWorking();
}
