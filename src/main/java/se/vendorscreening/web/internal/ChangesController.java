package se.vendorscreening.web.internal;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.vendorscreening.scheduling.ContractContacts;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.ResultsViewed;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;

/**
 * The contract manager's page: the changes of the latest re-check (or a chosen one) grouped per
 * contract or per responsible contact ({@code config/contacts.yml}), escalations first.
 */
@Controller
class ChangesController {

  private static final Logger log = LoggerFactory.getLogger(ChangesController.class);

  private final ScreeningResults results;
  private final ContractContacts contacts;
  private final ApplicationEventPublisher events;

  ChangesController(
      ScreeningResults results, ContractContacts contacts, ApplicationEventPublisher events) {
    this.results = results;
    this.contacts = contacts;
    this.events = events;
  }

  @GetMapping("/changes")
  String changes(
      @RequestParam(required = false) String run,
      @RequestParam(defaultValue = "false") boolean unchanged,
      @RequestParam(defaultValue = "contract") String by,
      Principal user,
      Model model) {
    List<RunInfo> rechecks =
        results.runs().stream().filter(info -> "recheck".equals(info.job())).toList();
    Optional<RunInfo> shown =
        run == null || run.isBlank()
            ? rechecks.stream().findFirst()
            : rechecks.stream().filter(info -> info.runId().equals(run)).findFirst();
    model.addAttribute("rechecks", rechecks);
    model.addAttribute("run", shown.orElse(null));
    model.addAttribute("unchanged", unchanged);
    boolean byContact = "contact".equals(by);
    model.addAttribute("by", byContact ? "contact" : "contract");
    List<PartyChange> changes = List.of();
    if (shown.isPresent()) {
      String runId = shown.get().runId();
      try (Stream<PartyChange> all = results.changes(runId)) {
        changes =
            ChangeGroups.sorted(
                all.filter(change -> unchanged || change.change() != ChangeClass.UNCHANGED)
                    .toList());
      }
      events.publishEvent(new ResultsViewed(runId, user.getName(), List.of(), "changes"));
    }
    model.addAttribute("changes", changes);
    List<ChangeGroups.Group> groups = ChangeGroups.byContract(changes);
    if (byContact) {
      try {
        groups = ChangeGroups.byContact(changes, contacts.read());
      } catch (IllegalStateException e) {
        log.warn("Changes page: the contacts file cannot be read: {}", e.getMessage());
        model.addAttribute("contactsError", true);
      }
    }
    model.addAttribute("groups", groups);
    return "changes";
  }
}
