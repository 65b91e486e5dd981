package se.vendorscreening.scheduling.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.scheduling.NotificationSent;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.RunOutcome;

/**
 * Tells the contact responsible for each affected contract what a re-check changed: one e-mail an
 * address with its changes, the run folder's path and report.pdf when small enough; publishes
 * {@link NotificationSent} for each e-mail.
 */
@Component
class ChangeNotifier {

  private static final Logger log = LoggerFactory.getLogger(ChangeNotifier.class);

  private final SchedulingProperties properties;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final ChangeMailWriter writer;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  ChangeNotifier(
      SchedulingProperties properties,
      ObjectProvider<JavaMailSender> mailSender,
      ChangeMailWriter writer,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactionManager) {
    this.properties = properties;
    this.mailSender = mailSender;
    this.writer = writer;
    this.events = events;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * Sends the e-mails about the changes (every class but UNCHANGED) of a re-check.
   *
   * @return how many e-mails were sent
   */
  int notifyChanges(RunOutcome outcome, List<PartyChange> changes, Locale language) {
    String runId = outcome.run().runId();
    if (!properties.mail().enabled()) {
      log.info(
          "Re-check {}: {} changes; e-mail is off (screening.scheduling.mail.enabled)",
          runId,
          changes.size());
      return 0;
    }
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      log.warn("Re-check {}: e-mail is on but no SMTP server is set (spring.mail.host)", runId);
      return 0;
    }
    ContactDirectory contacts = ContactDirectory.read(properties.contactsFile());
    int sent = 0;
    for (Map.Entry<String, List<PartyChange>> entry : byRecipient(contacts, changes).entrySet()) {
      send(sender, entry.getKey(), outcome, entry.getValue(), language);
      sent++;
    }
    return sent;
  }

  private static Map<String, List<PartyChange>> byRecipient(
      ContactDirectory contacts, List<PartyChange> changes) {
    Map<String, Set<PartyChange>> recipients = new LinkedHashMap<>();
    for (PartyChange change : changes) {
      String procurementId = change.result().procurementId();
      List<String> contractIds =
          change.result().contracts().stream().map(Contract::contractId).toList();
      for (String contractId :
          contractIds.isEmpty() ? java.util.Collections.<String>singletonList(null) : contractIds) {
        List<String> addresses = contacts.contactsFor(procurementId, contractId);
        if (addresses.isEmpty()) {
          log.warn(
              "No contact for procurement {} contract {}: add a fallback to the contacts file",
              procurementId,
              contractId);
        }
        addresses.forEach(
            address -> recipients.computeIfAbsent(address, a -> new LinkedHashSet<>()).add(change));
      }
    }
    Map<String, List<PartyChange>> lists = new LinkedHashMap<>();
    recipients.forEach((address, set) -> lists.put(address, new ArrayList<>(set)));
    return lists;
  }

  private void send(
      JavaMailSender sender,
      String recipient,
      RunOutcome outcome,
      List<PartyChange> changes,
      Locale language) {
    ChangeMail mail =
        writer.write(outcome, changes, language, attachment(outcome.folder()) != null);
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.mail().from());
      helper.setTo(recipient);
      helper.setSubject(mail.subject());
      helper.setText(mail.body());
      Path pdf = attachment(outcome.folder());
      if (pdf != null) {
        helper.addAttachment("report.pdf", new FileSystemResource(pdf));
      }
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot write the e-mail to " + recipient, e);
    }
    sender.send(message);
    List<String> procurementIds =
        List.copyOf(new TreeSet<>(changes.stream().map(c -> c.result().procurementId()).toList()));
    log.info(
        "Re-check {}: e-mail about {} changes sent to {}",
        outcome.run().runId(),
        changes.size(),
        recipient);
    events.publishEvent(
        new NotificationSent(
            outcome.run().runId(), List.of(recipient), mail.subject(), procurementIds));
  }

  private Path attachment(Path folder) {
    if (folder == null) {
      return null;
    }
    Path pdf = folder.resolve("report.pdf");
    try {
      return Files.isRegularFile(pdf)
              && Files.size(pdf) <= properties.mail().attachmentMaxSize().toBytes()
          ? pdf
          : null;
    } catch (IOException e) {
      return null;
    }
  }
}
