package se.vendorscreening.intake.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.vendorscreening.intake.UnreadableInputException;

/** Renders the intake's messages in the user's language (Swedish unless told otherwise). */
@Component
class IntakeMessages {

  private final MessageSource messages;

  IntakeMessages(MessageSource messages) {
    this.messages = messages;
  }

  String text(String code, List<?> arguments) {
    return messages.getMessage(
        "intake." + code, arguments.toArray(), code, LocaleContextHolder.getLocale());
  }

  UnreadableInputException unreadable(UnreadableFileException e) {
    String why = text(e.code(), e.arguments());
    return new UnreadableInputException(
        text("unreadable.file", List.of(e.file(), why)), e.getCause());
  }
}
