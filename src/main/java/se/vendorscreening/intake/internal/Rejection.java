package se.vendorscreening.intake.internal;

import java.util.List;

/**
 * Why a row, or one field of it, was not imported: the column at fault (empty for the whole row),
 * the value as read (identity numbers masked, control characters shown as {@code [U+0007]}, cut to
 * 100 characters) and a message code of the intake bundle with its arguments.
 */
record Rejection(String column, String value, String code, List<String> arguments) {

  static Rejection of(ListColumn column, String value, String code, String... arguments) {
    return new Rejection(column.header(), FieldParsers.shown(value), code, List.of(arguments));
  }

  static Rejection ofIdentity(ListColumn column, String value, String code, String... arguments) {
    return new Rejection(
        column.header(), FieldParsers.shown(IdentityMasking.mask(value)), code, List.of(arguments));
  }

  static Rejection missing(ListColumn column) {
    return of(column, "", "reject.missing", column.header());
  }

  /** The whole row: it has fewer cells than the header. */
  static Rejection truncated(ListRow<?> row) {
    return new Rejection(
        "",
        "",
        "reject.truncated",
        List.of(String.valueOf(row.cells()), String.valueOf(row.headerCells())));
  }
}
