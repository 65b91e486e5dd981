package se.vendorscreening.intake.internal;

import java.util.List;

/** A validated row: either accepted as a value of type {@code T}, or rejected with a reason. */
sealed interface RowOutcome<T> {

  long line();

  /**
   * @param ignoredFields contract fields that could not be read and were left out; the row's party
   *     is imported all the same
   */
  record Accepted<T>(long line, T row, List<Rejection> ignoredFields) implements RowOutcome<T> {

    public Accepted {
      ignoredFields = List.copyOf(ignoredFields);
    }

    Accepted(long line, T row) {
      this(line, row, List.of());
    }
  }

  /**
   * @param partyOrgNo the row's organisation number as read (a personal number masked), or empty
   * @param partyName the row's name as read, or empty
   */
  record Rejected<T>(long line, Rejection rejection, String partyOrgNo, String partyName)
      implements RowOutcome<T> {

    Rejected(long line, Rejection rejection) {
      this(line, rejection, "", "");
    }
  }

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
