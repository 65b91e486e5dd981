package se.vendorscreening.web.internal;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import se.vendorscreening.reporting.PartyClauses;
import se.vendorscreening.screening.Overrides;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.ResultsUnmasked;
import se.vendorscreening.screening.ResultsViewed;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.web.internal.RunParties.PartyFilter;
import se.vendorscreening.web.internal.RunParties.PartyRow;

/**
 * A run's result page (every party with decision, reason and legal basis, filterable) and party
 * pages (findings, evidence, contracts, overrides). Every page view is in the audit trail with the
 * logged-in user, and so is a full identity number shown for a stated reason.
 */
@Controller
class RunPagesController {

  private final ScreeningResults results;
  private final RunParties parties;
  private final RunFiles files;
  private final Overrides overrides;
  private final PartyClauses clauses;
  private final ApplicationEventPublisher events;
  private final Set<String> evidenceRoles;

  private final Clock clock;

  RunPagesController(
      ScreeningResults results,
      RunParties parties,
      RunFiles files,
      Overrides overrides,
      PartyClauses clauses,
      ApplicationEventPublisher events,
      @Value("${screening.console.evidence-roles:OFFICER,AUDITOR}") List<String> evidenceRoles,
      Clock clock) {
    this.clock = clock;
    this.results = results;
    this.parties = parties;
    this.files = files;
    this.overrides = overrides;
    this.clauses = clauses;
    this.events = events;
    this.evidenceRoles =
        evidenceRoles.stream()
            .map(role -> "ROLE_" + role.strip().toUpperCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  @GetMapping("/runs/{runId}")
  String results(
      @PathVariable String runId,
      @RequestParam(required = false) Decision decision,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String rule,
      Principal user,
      Model model) {
    RunInfo run = run(runId);
    // What the officer must act on first: EXCLUDE, INCOMPLETE, REVIEW, then CLEAR, each in the
    // run's order.
    var rows =
        parties.rows(runId, new PartyFilter(decision, q, rule)).stream()
            .sorted(Comparator.comparing((PartyRow row) -> row.party().decision()).reversed())
            .toList();
    events.publishEvent(new ResultsViewed(runId, user.getName(), List.of(), "results"));
    model.addAttribute("run", run);
    model.addAttribute("rows", rows);
    // worst first, as the rows
    List<Decision> worstFirst = new java.util.ArrayList<>(List.of(Decision.values()));
    java.util.Collections.reverse(worstFirst);
    model.addAttribute("decisions", worstFirst);
    model.addAttribute("decision", decision);
    model.addAttribute("q", q);
    model.addAttribute("rule", rule);
    model.addAttribute(
        "files",
        files.of(runId).stream()
            .sorted(Comparator.comparingInt(RunPagesController::rank))
            .toList());
    return "results";
  }

  @GetMapping("/runs/{runId}/parties/{index}")
  String party(
      @PathVariable String runId,
      @PathVariable int index,
      Authentication user,
      Locale locale,
      Model model) {
    PartyResult party = party(runId, index);
    events.publishEvent(
        new ResultsViewed(runId, user.getName(), List.of(party.partyKey()), "party"));
    return partyPage(run(runId), index, party, null, user, locale, model);
  }

  @PostMapping("/runs/{runId}/parties/{index}/unmask")
  String unmask(
      @PathVariable String runId,
      @PathVariable int index,
      @RequestParam(defaultValue = "") String reason,
      Authentication user,
      Locale locale,
      Model model) {
    RunInfo run = run(runId);
    PartyResult party = party(runId, index);
    if (reason.isBlank()) {
      model.addAttribute("unmaskError", "web.party.unmask.reasonRequired");
      return partyPage(run, index, party, null, user, locale, model);
    }
    String full = PartyNumbers.unmasked(party, LocalDate.now(clock));
    if (full == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    events.publishEvent(
        new ResultsUnmasked(runId, user.getName(), List.of(party.partyKey()), reason.strip()));
    return partyPage(run, index, party, full, user, locale, model);
  }

  private String partyPage(
      RunInfo run,
      int index,
      PartyResult party,
      String unmasked,
      Authentication user,
      Locale locale,
      Model model) {
    // The registry records behind the findings: only for the roles allowed to read them
    // (screening.console.evidence-roles, docs/console.md).
    model.addAttribute(
        "showEvidence",
        user.getAuthorities().stream()
            .anyMatch(authority -> evidenceRoles.contains(authority.getAuthority())));
    model.addAttribute("run", run);
    model.addAttribute("index", index);
    model.addAttribute("party", party);
    model.addAttribute("personal", PartyNumbers.isPersonal(party));
    model.addAttribute("unmasked", unmasked);
    model.addAttribute("recorded", overrides.of(party.partyKey()));
    model.addAttribute("proposals", overrides.proposalsOf(party.partyKey()));
    model.addAttribute("clauses", clauses.of(party, locale));
    model.addAttribute("today", LocalDate.now(clock));
    return "party";
  }

  /**
   * The order an officer reaches for a run's files: the reports, the data, the hearing letters, the
   * manifest last; otherwise as the run folder lists them.
   */
  static int rank(String file) {
    List<String> first = List.of("report.pdf", "report.xlsx", "results.csv", "rejected-rows.csv");
    int index = first.indexOf(file);
    if (index >= 0) {
      return index;
    }
    if (file.startsWith("manifest")) {
      return 9;
    }
    return file.startsWith("kommunicering") ? 6 : 5;
  }

  private RunInfo run(String runId) {
    return results.run(runId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private PartyResult party(String runId, int index) {
    return parties
        .party(runId, index)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
