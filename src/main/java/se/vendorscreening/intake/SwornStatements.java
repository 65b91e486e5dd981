package se.vendorscreening.intake;

import java.nio.file.Path;
import java.util.List;

/**
 * The sworn statements (sanningsförsäkran) and vendor documents of the parties in the register
 * (docs/statements.md): read from a CSV or XLSX file with English or Swedish headers, one row per
 * party and ground; bad rows are rejected with file, line, column, value and reason.
 */
public interface SwornStatements {

  /**
   * Reads the file through once, so that a file that cannot be read at all stops a run before
   * anything else of it starts.
   *
   * @throws UnreadableInputException naming the file and why
   */
  void checkReadable(Path file);

  /**
   * Imports the file's rows for the parties the import {@code importId} brought in; a row about
   * another party, or with a bad value, is rejected and recorded under the import.
   *
   * @return the file with its hash and counts
   * @throws UnreadableInputException when the file cannot be read at all
   */
  InputFile importStatements(Path file, String importId);

  /**
   * The party's statements and documents from the latest import that brought any for it, empty when
   * none did.
   */
  List<Statement> latestOf(String partyKey);

  /**
   * Every party's statements and documents from the latest import that brought any for it, by party
   * key (what {@link #latestOf} gives each party, read in one query): for a screening that asks
   * about every party of a run.
   */
  java.util.Map<String, List<Statement>> latestOfAll();
}
