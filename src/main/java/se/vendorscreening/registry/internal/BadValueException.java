package se.vendorscreening.registry.internal;

/** A cell of a registry extract that cannot be read as what its column holds. */
final class BadValueException extends RuntimeException {

  private final String column;
  private final String value;

  BadValueException(String column, String value, String reason) {
    super(reason, null, false, false);
    this.column = column;
    this.value = value;
  }

  String column() {
    return column;
  }

  String value() {
    return value;
  }
}
