package se.vendorscreening.cli;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.vendorscreening.shared.SwedishTime;

/** User-facing output of the commands, from the message bundles in the command's language. */
@Component
class CommandText {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SwedishTime.ZONE);

  private final MessageSource messages;

  CommandText(MessageSource messages) {
    this.messages = messages;
  }

  String get(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Locale.getDefault());
  }

  /** The text for the key, or the fallback when no bundle has one. */
  String getOrDefault(String key, String fallback) {
    return messages.getMessage(key, null, fallback, Locale.getDefault());
  }

  static String time(Instant instant) {
    return instant == null ? "-" : TIME.format(instant);
  }

  static String actorOrCurrentUser(String actor) {
    return actor == null || actor.isBlank() ? System.getProperty("user.name", "unknown") : actor;
  }
}
