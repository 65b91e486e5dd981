package se.vendorscreening.intake.internal;

import java.nio.file.Path;

/**
 * Where one list is: a file and, in a workbook, which worksheet.
 *
 * @param path the file
 * @param kind vendors or representatives
 * @param format CSV or XLSX
 * @param sheet the worksheet's name in a workbook, else null
 * @param displayName how rejected rows and messages name it: the path as given, plus the sheet when
 *     the representatives share the vendors' workbook
 */
record ListLocation(
    Path path, ListKind kind, ListFormat format, String sheet, String displayName) {}
