package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.springframework.core.task.TaskExecutor;

/**
 * A part of a report written on a thread of the reporting's executor while the caller writes
 * another part. {@link #close()} guarantees that the work is over when it returns, whether it
 * finished, failed, was interrupted or never started, so that what it wrote to can be closed.
 *
 * @param <V> what the work returns
 */
final class BackgroundTask<V> implements AutoCloseable {

  private final String what;
  private final Object lock = new Object();
  private final FutureTask<V> future;
  private boolean running;
  private boolean closed;

  private BackgroundTask(String what, Callable<V> work) {
    this.what = what;
    this.future =
        new FutureTask<>(
            () -> {
              synchronized (lock) {
                if (closed) {
                  return null;
                }
                running = true;
              }
              try {
                return work.call();
              } finally {
                synchronized (lock) {
                  running = false;
                  lock.notifyAll();
                }
              }
            });
  }

  /**
   * Starts the work on the executor.
   *
   * @param what the file it writes, for the messages of its failures
   */
  static <V> BackgroundTask<V> start(TaskExecutor executor, String what, Callable<V> work) {
    BackgroundTask<V> task = new BackgroundTask<>(what, work);
    executor.execute(task.future);
    return task;
  }

  boolean isDone() {
    return future.isDone();
  }

  /** Waits for the work and returns its result, or throws what it threw. */
  V await() throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while " + what + " was being written", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException("Cannot write " + what, cause);
    }
  }

  /**
   * Interrupts the work if it is still running (keeps it from starting) and waits until it ends.
   */
  @Override
  public void close() {
    boolean interrupted = false;
    synchronized (lock) {
      closed = true;
      if (running) {
        future.cancel(true);
      }
      while (running) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
