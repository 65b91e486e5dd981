package se.vendorscreening.registry;

import java.util.List;
import java.util.stream.Stream;

/**
 * A check answered from a file extract, loaded once per run; it keeps the rows it had to reject.
 */
public interface RegistryExtract {

  /** The rows of the extract that were not loaded, with the reason. */
  List<RejectedRegistryRow> rejectedRows();

  /** The rejected rows of every file-based check of a run, in check order. */
  static List<RejectedRegistryRow> rejectedRowsOf(Registries registries) {
    return Stream.of(
            registries.taxArrears(),
            registries.convictions(),
            registries.financialStanding(),
            registries.networkAssessments(),
            registries.registerCheck())
        .filter(RegistryExtract.class::isInstance)
        .map(RegistryExtract.class::cast)
        .flatMap(extract -> extract.rejectedRows().stream())
        .toList();
  }
}
