package se.vendorscreening.web.internal;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.ResultsViewed;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;

/**
 * The contract manager's page: the changes of the latest re-check (or a chosen one), escalations
 * first, each with its party's contracts.
 */
@Controller
class ChangesController {

  /** The order the manager reads them in: what got worse first, unchanged last. */
  private static final List<ChangeClass> ORDER =
      List.of(
          ChangeClass.ESCALATED,
          ChangeClass.EVIDENCE_CHANGED,
          ChangeClass.EVIDENCE_EXPIRED,
          ChangeClass.NEW,
          ChangeClass.DE_ESCALATED,
          ChangeClass.RESOLVED,
          ChangeClass.UNCHANGED);

  private final ScreeningResults results;
  private final ApplicationEventPublisher events;

  ChangesController(ScreeningResults results, ApplicationEventPublisher events) {
    this.results = results;
    this.events = events;
  }

  @GetMapping("/changes")
  String changes(
      @RequestParam(required = false) String run,
      @RequestParam(defaultValue = "false") boolean unchanged,
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
    if (shown.isPresent()) {
      String runId = shown.get().runId();
      try (Stream<PartyChange> changes = results.changes(runId)) {
        model.addAttribute(
            "changes",
            changes
                .filter(change -> unchanged || change.change() != ChangeClass.UNCHANGED)
                .sorted(Comparator.comparingInt(change -> ORDER.indexOf(change.change())))
                .toList());
      }
      events.publishEvent(new ResultsViewed(runId, user.getName(), List.of(), "changes"));
    } else {
      model.addAttribute("changes", List.of());
    }
    return "changes";
  }
}
