package se.vendorscreening.registry;

import java.nio.file.Path;

/** Opens the registries for a run, by the configured mode (file or http). */
public interface RegistryConnections {

  /**
   * The four checks for one run.
   *
   * @param registriesDir the folder of file extracts ({@code --registries}), or null for the
   *     configured one ({@code SCREENING_REGISTRIES_DIR})
   * @throws RegistryCheckFailedException when a file extract cannot be read at all
   */
  Registries open(Path registriesDir);
}
