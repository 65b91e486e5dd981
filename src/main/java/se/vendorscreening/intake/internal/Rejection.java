package se.vendorscreening.intake.internal;

import java.util.List;

/**
 * Why a row was not imported: the column at fault, the value as read (identity numbers masked) and
 * a message code of the intake bundle with its arguments.
 */
record Rejection(String column, String value, String code, List<String> arguments) {

  static Rejection of(ListColumn column, String value, String code, String... arguments) {
    return new Rejection(column.header(), value, code, List.of(arguments));
  }

  static Rejection ofIdentity(ListColumn column, String value, String code, String... arguments) {
    return new Rejection(column.header(), IdentityMasking.mask(value), code, List.of(arguments));
  }

  static Rejection missing(ListColumn column) {
    return of(column, "", "reject.missing", column.header());
  }
}
