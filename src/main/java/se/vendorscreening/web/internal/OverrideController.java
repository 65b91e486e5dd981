package se.vendorscreening.web.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.vendorscreening.screening.OverrideProposal;
import se.vendorscreening.screening.OverrideRefusedException;
import se.vendorscreening.screening.OverrideRequest;
import se.vendorscreening.screening.Overrides;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.ResultsViewed;
import se.vendorscreening.shared.Decision;

/**
 * Records an officer's override from the finding it judges, with the logged-in user as the actor,
 * through the same port as the {@code override} command: it binds the override to the records
 * behind that rule's findings in the party's procurement and puts it in the audit trail
 * (docs/overrides.md). With four-eyes approval on, the override waits as a proposal until a second,
 * different officer approves or rejects it on the approvals page. A refusal is shown in the user's
 * language.
 */
@Controller
class OverrideController {

  private final RunParties parties;
  private final Overrides overrides;
  private final MessageSource messages;
  private final FourEyes fourEyes;
  private final ApplicationEventPublisher events;

  OverrideController(
      RunParties parties,
      Overrides overrides,
      MessageSource messages,
      FourEyes fourEyes,
      ApplicationEventPublisher events) {
    this.parties = parties;
    this.overrides = overrides;
    this.messages = messages;
    this.fourEyes = fourEyes;
    this.events = events;
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
    OverrideRequest request =
        new OverrideRequest(
            party.partyKey(),
            party.procurementId(),
            ruleId,
            decision,
            reason.strip(),
            user.getName(),
            expires);
    try {
      if (fourEyes.required()) {
        overrides.propose(request);
        redirect.addFlashAttribute("overrideProposed", ruleId);
      } else {
        overrides.record(request);
        redirect.addFlashAttribute("overrideRecorded", ruleId);
      }
    } catch (OverrideRefusedException e) {
      redirect.addFlashAttribute("overrideError", "web.override.refused");
      redirect.addFlashAttribute("overrideErrorDetail", explained(e, locale));
    }
    return page;
  }

  /** The overrides that wait for a second officer (four-eyes), each with its party's run. */
  @GetMapping("/overrides/pending")
  String pending(Principal user, Model model) {
    List<OverrideProposal> pending = overrides.pending();
    events.publishEvent(
        new ResultsViewed(
            null,
            user.getName(),
            pending.stream().map(OverrideProposal::partyKey).distinct().toList(),
            "approvals"));
    model.addAttribute("proposals", pending);
    model.addAttribute("user", user.getName());
    return "approvals";
  }

  @PostMapping("/overrides/{id}/approve")
  String approve(
      @PathVariable long id, Principal user, Locale locale, RedirectAttributes redirect) {
    try {
      OverrideProposal approved = overrides.approve(id, user.getName());
      redirect.addFlashAttribute("approved", approved.override().ruleId());
    } catch (OverrideRefusedException e) {
      redirect.addFlashAttribute("reviewError", explained(e, locale));
    }
    return "redirect:/overrides/pending";
  }

  @PostMapping("/overrides/{id}/reject")
  String reject(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String reason,
      Principal user,
      Locale locale,
      RedirectAttributes redirect) {
    if (reason.isBlank()) {
      redirect.addFlashAttribute(
          "reviewError", messages.getMessage("web.approvals.reasonRequired", null, locale));
      return "redirect:/overrides/pending";
    }
    try {
      OverrideProposal rejected = overrides.reject(id, user.getName(), reason);
      redirect.addFlashAttribute("rejected", rejected.override().ruleId());
    } catch (OverrideRefusedException e) {
      redirect.addFlashAttribute("reviewError", explained(e, locale));
    }
    return "redirect:/overrides/pending";
  }

  private String explained(OverrideRefusedException e, Locale locale) {
    return messages.getMessage(e.messageKey(), e.arguments().toArray(), e.getMessage(), locale);
  }
}
