package se.vendorscreening.web.internal;

import java.security.Principal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.vendorscreening.screening.Overrides;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.shared.Decision;

/**
 * Records an officer's override from the finding it judges, with the logged-in user as the actor,
 * through the same service as the {@code override} command (which puts it in the audit trail).
 */
@Controller
class OverrideController {

  private final RunParties parties;
  private final Overrides overrides;

  OverrideController(RunParties parties, Overrides overrides) {
    this.parties = parties;
    this.overrides = overrides;
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
      overrides.record(party.partyKey(), ruleId, decision, reason.strip(), user.getName(), expires);
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("overrideError", "web.override.refused");
      redirect.addFlashAttribute("overrideErrorDetail", e.getMessage());
      return page;
    }
    redirect.addFlashAttribute("overrideRecorded", ruleId);
    return page;
  }
}
