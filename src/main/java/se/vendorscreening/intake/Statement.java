package se.vendorscreening.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * One declaration of a sworn statement, or one ground a vendor document covers, about one party
 * (docs/statements.md).
 *
 * @param partyKey the register's key of the party
 * @param kind sworn statement or vendor document
 * @param groundCode the ESPD/eForms code of the ground
 * @param applies false: declared (or certified) that the ground does not apply; true: that it does
 * @param signedBy who signed the statement; null for a document
 * @param date the day the statement was signed or the document issued
 * @param persons the persons it covers by name; empty: the party and its whole circle
 * @param reference the document's reference; for a statement its own, or null
 * @param issuer who issued the document; null for a statement
 * @param validUntil the last day it counts when the file says so, else null
 * @param file the file's name as given
 * @param line the line (CSV) or row (XLSX) it came from
 */
public record Statement(
    String partyKey,
    StatementKind kind,
    String groundCode,
    boolean applies,
    String signedBy,
    LocalDate date,
    List<String> persons,
    String reference,
    String issuer,
    LocalDate validUntil,
    String file,
    long line) {

  public Statement {
    persons = persons == null ? List.of() : List.copyOf(persons);
  }
}
