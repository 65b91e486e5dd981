package se.vendorscreening.intake;

/**
 * An input row that broke a rule and was not imported.
 *
 * @param file the file's name as given
 * @param line the line (CSV) or row (XLSX) number, 1 for the header
 * @param column the column's header name, or empty when the whole row is at fault
 * @param value the offending value as read; a personal identity number is masked
 * @param reason why, in the user's language
 */
public record RejectedRow(String file, long line, String column, String value, String reason) {}
