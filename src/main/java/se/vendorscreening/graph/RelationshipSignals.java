package se.vendorscreening.graph;

import java.nio.file.Path;
import java.util.List;

/**
 * Builds the relationship graph of an import (with the register's active contracts and an optional
 * ownership file, whose rows the register keeps) and evaluates its signals for the import's
 * parties; or, for a re-check, the graph of the parties it follows with the register's ownership.
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
   * The signals of the parties a re-check follows (every party with an ACTIVE contract and every
   * subcontractor below one, as the re-check's first step recorded them), from the register alone:
   * its parties, representatives and the ownership the register keeps from earlier ownership files
   * (docs/ownership.md, "The ownership in the register"). Ordered as {@link #signalsOfImport}.
   *
   * @param inputs as for {@link #signalsOfImport}
   */
  default List<GraphSignal> signalsOfFollowedParties(GraphInputs inputs) {
    return List.of();
  }

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
