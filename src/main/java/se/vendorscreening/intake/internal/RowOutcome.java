package se.vendorscreening.intake.internal;

/** A validated row: either accepted as a value of type {@code T}, or rejected with a reason. */
sealed interface RowOutcome<T> {

  long line();

  record Accepted<T>(long line, T row) implements RowOutcome<T> {}

  record Rejected<T>(long line, Rejection rejection) implements RowOutcome<T> {}

  /** Thrown by validation steps to reject the row at hand. */
  final class RejectedRowException extends RuntimeException {

    private final transient Rejection rejection;

    RejectedRowException(Rejection rejection) {
      super(rejection.code(), null, false, false);
      this.rejection = rejection;
    }

    Rejection rejection() {
      return rejection;
    }
  }
}
