package se.vendorscreening;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The embedded H2 database file could not be opened with the key of {@code
 * SCREENING_DATABASE_ENCRYPTION_KEY} (docs/console.md): the key is wrong, or the file is not
 * encrypted (H2 error 90049), or the file is encrypted and no key is set (90030, which H2 also
 * reports for a damaged file). The application then stops with one message in the user's language
 * and {@link #EXIT_STATUS}; the terminal shows no stack trace (the log file keeps it).
 */
final class DatabaseKeyFailure {

  /** The exit status of a start that failed on the database key (sysexits' EX_CONFIG). */
  static final int EXIT_STATUS = 78;

  /** H2: the file key does not decrypt the file, or the file is not encrypted. */
  static final int WRONG_KEY = 90049;

  /** H2: the file reads as corrupted, which is what an encrypted file opened without key does. */
  static final int UNREADABLE = 90030;

  private DatabaseKeyFailure() {}

  /** The message for the user, when the failure is one of these. */
  static Optional<String> explain(Throwable failure, boolean keySet, Locale language) {
    Optional<Integer> code = h2Code(failure);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    ResourceBundle texts = ResourceBundle.getBundle("messages.startup", language);
    String key =
        code.get() == WRONG_KEY
            ? (keySet ? "database.wrongKey" : "database.unreadable")
            : (keySet ? "database.unreadable" : "database.encryptedNoKey");
    return Optional.of(texts.getString(key));
  }

  /** The H2 error code of the first SQL exception in the causes, if it is one of ours. */
  static Optional<Integer> h2Code(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && (sql.getErrorCode() == WRONG_KEY || sql.getErrorCode() == UNREADABLE)) {
        return Optional.of(sql.getErrorCode());
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * Keeps the log lines of this failure off the terminal (logback-spring.xml): the application says
   * it once, in words, when it stops. The log file still has them, with their stack traces.
   */
  public static final class TerminalFilter extends Filter<ILoggingEvent> {

    @Override
    public FilterReply decide(ILoggingEvent event) {
      // Spring's "cancelling refresh attempt" warning carries the causes in its message only.
      if (names(event.getFormattedMessage())) {
        return FilterReply.DENY;
      }
      for (IThrowableProxy cause = event.getThrowableProxy();
          cause != null;
          cause = cause.getCause()) {
        if (names(cause.getMessage())) {
          return FilterReply.DENY;
        }
      }
      return FilterReply.NEUTRAL;
    }

    /** Whether the text names one of these H2 errors ("... [90049-240]"). */
    private static boolean names(String message) {
      return message != null
          && (message.contains("[" + WRONG_KEY + "-") || message.contains("[" + UNREADABLE + "-"));
    }
  }
}
