package se.vendorscreening.screening.internal.jobs;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import se.vendorscreening.registry.Registries;
import se.vendorscreening.registry.RegistryConnections;
import se.vendorscreening.shared.Futures;

/**
 * A run's registries loading ahead of its screening: a {@code @JobScope} bean ({@link
 * ScreenJobConfiguration#registryPreload}) that the import step starts ({@link
 * RunRegistryListeners#preloadWhenTheImportStarts}), so that reading the extracts (a million
 * conviction records take several seconds) overlaps the import, and that the step opening the run's
 * registries takes ({@link ActiveRuns#resourcesFor}). Gone with the job execution: a restart loads
 * them again, and a failure to load them is never left behind for it.
 */
class RegistryPreload {

  private final RegistryConnections connections;
  private final Executor executor;
  private final Path dir;
  private CompletableFuture<Registries> loading;

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
    CompletableFuture<Registries> future = new CompletableFuture<>();
    loading = future;
    executor.execute(
        () -> {
          try {
            future.complete(connections.open(dir));
          } catch (Throwable e) {
            future.completeExceptionally(e);
          }
        });
  }

  /**
   * The preloaded registries, or registries opened now; either way, whether opened or failed, a
   * preload is taken once, and the next call opens them again.
   */
  Registries take() {
    CompletableFuture<Registries> opening;
    synchronized (this) {
      opening = loading;
      loading = null;
    }
    if (opening == null) {
      return connections.open(dir);
    }
    return Futures.join(opening);
  }
}
