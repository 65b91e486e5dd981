package se.vendorscreening.graph;

import java.nio.file.Path;
import java.util.List;

/**
 * Builds the relationship graph of an import (with the register's active contracts and an optional
 * ownership file) and evaluates its signals for the import's parties.
 */
public interface RelationshipSignals {

  /**
   * The signals of the import's parties, ordered by procurement, party and rule.
   *
   * @param importId the import (the run id of a screen run)
   * @param ownersFile the ownership file, or null when none was given
   * @param inputs the evaluation date, the companies a phoenix looks back to (PHOENIX) and the
   *     organised-crime subjects (ORGANISED_CRIME_HOPS)
   * @throws OwnershipFileException when the ownership file cannot be read or a row is invalid
   */
  List<GraphSignal> signalsOfImport(String importId, Path ownersFile, GraphInputs inputs);

  /**
   * Reads the ownership file whole, before a run starts, so that a bad file stops the run before
   * anything is screened.
   *
   * @throws se.vendorscreening.intake.UnreadableInputException naming the file, line, column and
   *     value and why, in the user's language
   */
  void checkOwnersFile(Path ownersFile);

  /**
   * The graph's settings ({@code screening.graph.*}) as key and value, sorted, so that the rules
   * version a run records changes when one of them does.
   */
  java.util.Map<String, String> settings();
}
