package se.vendorscreening.registry;

/**
 * A registry extract row that broke a rule and was not loaded; reported in the manifest and
 * reports.
 *
 * @param check the check, as in {@link Evidence#check()}
 * @param file the extract's file name
 * @param line the line (CSV) or row (XLSX) number, 1 for the header
 * @param column the column's header name, or empty when the whole row is at fault
 * @param value the offending value as read; a personal identity number is masked
 * @param reason why, in English
 */
public record RejectedRegistryRow(
    String check, String file, long line, String column, String value, String reason) {}
