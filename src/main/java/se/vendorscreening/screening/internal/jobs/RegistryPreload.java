package se.vendorscreening.screening.internal.jobs;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import se.vendorscreening.registry.Registries;
import se.vendorscreening.registry.RegistryConnections;

/**
 * A run's registries loading ahead of its screening: a {@code @JobScope} bean ({@link
 * ScreenJobConfiguration#registryPreload}) that the import step starts ({@link
 * RunRegistryListeners#preloadWhenTheImportStarts}), so that reading the extracts (a million
 * conviction records take several seconds) overlaps the import, and that the step opening the run's
 * registries takes ({@link RunResourcesOpener#registriesOf}). Gone with the job execution: a
 * restart loads them again, and a failure to load them is never left behind for it. A load nobody
 * took is interrupted when the job execution ends ({@link #close}), and one that is waited for
 * stops being waited for when the waiting thread is interrupted.
 */
class RegistryPreload implements AutoCloseable {

  private final RegistryConnections connections;
  private final Executor executor;
  private final Path dir;
  private FutureTask<Registries> loading;

  /**
   * @param dir the run's extracts folder, or null for the configured one
   */
  RegistryPreload(RegistryConnections connections, Executor executor, Path dir) {
    this.connections = connections;
    this.executor = executor;
    this.dir = dir;
  }

  /** Starts loading the registries on the preload executor, unless they are loading already. */
  synchronized void start() {
    if (loading != null) {
      return;
    }
    FutureTask<Registries> task = new FutureTask<>(() -> connections.open(dir));
    loading = task;
    executor.execute(task);
  }

  /**
   * The preloaded registries, or registries opened now; either way, whether opened or failed, a
   * preload is taken once, and the next call opens them again.
   *
   * @throws IllegalStateException when the thread is interrupted while it waits for them (the load
   *     is interrupted too, and the thread keeps its interrupt)
   */
  Registries take() {
    FutureTask<Registries> opening;
    synchronized (this) {
      opening = loading;
      loading = null;
    }
    if (opening == null) {
      return connections.open(dir);
    }
    try {
      return opening.get();
    } catch (InterruptedException e) {
      opening.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the run's registries were loading", e);
    } catch (CancellationException e) {
      throw new IllegalStateException("The run's registries stopped loading", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Interrupts a load that nobody took: the job execution is over. */
  @Override
  public synchronized void close() {
    if (loading != null) {
      loading.cancel(true);
      loading = null;
    }
  }
}
