package se.vendorscreening.intake;

/**
 * An input row, or one field of it, that broke a rule: a line of {@code rejected-rows.csv}.
 *
 * @param file the file's name as given
 * @param line the line (CSV) or row (XLSX) number, 1 for the header
 * @param column the column's header name, or empty when the whole row is at fault
 * @param value the offending value as read; a personal identity number is masked
 * @param reason why, in the user's language
 * @param effect what it did to the party or person of the row
 * @param partyOrgNo the organisation number (or {@code CC:foreign_id}) of the row's party as far as
 *     it was read, a personal number masked; empty when the row gave none
 * @param partyName the name of the row's party (for a representative: the person) as far as it was
 *     read; empty when the row gave none
 */
public record RejectedRow(
    String file,
    long line,
    String column,
    String value,
    String reason,
    Effect effect,
    String partyOrgNo,
    String partyName) {

  /** What a rejected row or ignored field did. */
  public enum Effect {
    /** The vendor-list row was rejected: its party was not screened from this row. */
    PARTY_NOT_SCREENED,
    /** The representatives row was rejected: the person was not checked. */
    REPRESENTATIVE_NOT_CHECKED,
    /** The statements row was rejected: its declaration or document does not count. */
    STATEMENT_NOT_COUNTED,
    /** Only this field was ignored: the party was screened. */
    FIELD_IGNORED
  }

  /** A rejected vendor-list row whose party is not known further. */
  public RejectedRow(String file, long line, String column, String value, String reason) {
    this(file, line, column, value, reason, Effect.PARTY_NOT_SCREENED, "", "");
  }
}
