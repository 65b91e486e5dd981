package se.vendorscreening.web.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.vendorscreening.screening.OverrideRefusedException;
import se.vendorscreening.screening.OverrideRequest;
import se.vendorscreening.screening.Overrides;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.shared.Decision;

/**
 * Records an officer's override from the finding it judges, with the logged-in user as the actor,
 * through the same port as the {@code override} command: it binds the override to the records
 * behind that rule's findings in the party's procurement and puts it in the audit trail
 * (docs/overrides.md). A refusal is shown in the user's language.
 */
@Controller
class OverrideController {

  private final RunParties parties;
  private final Overrides overrides;
  private final MessageSource messages;

  OverrideController(RunParties parties, Overrides overrides, MessageSource messages) {
    this.parties = parties;
    this.overrides = overrides;
    this.messages = messages;
  }

  @PostMapping("/runs/{runId}/parties/{index}/overrides")
  String record(
      @PathVariable String runId,
      @PathVariable int index,
      @RequestParam String ruleId,
      @RequestParam Decision decision,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate expires,
      Principal user,
      Locale locale,
      RedirectAttributes redirect) {
    PartyResult party =
        parties
            .party(runId, index)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    String page = "redirect:/runs/" + runId + "/parties/" + index;
    if (reason.isBlank()) {
      redirect.addFlashAttribute("overrideError", "web.override.reasonRequired");
      return page;
    }
    if (party.findings().stream().noneMatch(finding -> finding.ruleId().equals(ruleId))) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    try {
      overrides.record(
          new OverrideRequest(
              party.partyKey(),
              party.procurementId(),
              ruleId,
              decision,
              reason.strip(),
              user.getName(),
              expires));
    } catch (OverrideRefusedException e) {
      redirect.addFlashAttribute("overrideError", "web.override.refused");
      redirect.addFlashAttribute(
          "overrideErrorDetail",
          messages.getMessage(e.messageKey(), e.arguments().toArray(), e.getMessage(), locale));
      return page;
    }
    redirect.addFlashAttribute("overrideRecorded", ruleId);
    return page;
  }
}
