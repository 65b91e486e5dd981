package se.vendorscreening.scheduling.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.PartyWords;
import se.vendorscreening.screening.RunOutcome;

/** Writes a change e-mail in the job's language (Swedish unless the job says {@code lang: en}). */
@Component
class ChangeMailWriter {

  private static final String NEW_LINE = "\n";

  private final MessageSource messages;
  private final PartyWords words;

  ChangeMailWriter(MessageSource messages, PartyWords words) {
    this.messages = messages;
    this.words = words;
  }

  ChangeMail write(
      RunOutcome outcome, List<PartyChange> changes, Locale language, boolean attached) {
    String runId = outcome.run().runId();
    String subject = text(language, "mail.subject", changes.size(), runId);
    StringBuilder body = new StringBuilder();
    body.append(text(language, "mail.greeting")).append(NEW_LINE).append(NEW_LINE);
    body.append(text(language, "mail.intro", runId, outcome.run().asOf(), changes.size()))
        .append(NEW_LINE)
        .append(NEW_LINE);
    changes.forEach(change -> body.append(line(change, language)).append(NEW_LINE));
    body.append(NEW_LINE);
    if (outcome.folder() != null) {
      body.append(text(language, "mail.folder", outcome.folder().toAbsolutePath()))
          .append(NEW_LINE);
      body.append(text(language, attached ? "mail.attached" : "mail.tooLarge")).append(NEW_LINE);
    }
    body.append(NEW_LINE).append(text(language, "mail.closing")).append(NEW_LINE);
    return new ChangeMail(subject, body.toString());
  }

  /**
   * One change in the reports' words: the decisions by their labels, the reason for the new one in
   * a line as report.pdf gives it (the findings in plain words, never rule ids).
   */
  private String line(PartyChange change, Locale language) {
    PartyResult result = change.result();
    String none = text(language, "mail.none");
    String contracts =
        result.contracts().isEmpty()
            ? none
            : result.contracts().stream()
                .map(Contract::contractId)
                .sorted()
                .collect(Collectors.joining(", "));
    return text(
        language,
        "mail.change",
        result.procurementId(),
        result.orgNo(),
        result.name(),
        change.previousDecision() == null
            ? text(language, "mail.noPrevious")
            : words.decision(change.previousDecision(), language),
        words.decision(result.decision(), language),
        text(language, "change." + change.change().name()),
        words.reason(result, language),
        contracts);
  }

  private String text(Locale language, String code, Object... arguments) {
    return messages.getMessage(code, arguments, language);
  }
}
