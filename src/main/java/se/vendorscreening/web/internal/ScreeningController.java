package se.vendorscreening.web.internal;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import se.vendorscreening.screening.RunProgress;
import se.vendorscreening.screening.ScreeningResults;

/**
 * The officer uploads a vendor list, starts its screen and follows it, step by step, to the result
 * page (the progress page updates itself with /js/progress.js, no timed refresh: docs/console.md).
 */
@Controller
class ScreeningController {

  /** The screen job's step that imports the vendor list (it counts the parties it wrote). */
  static final String IMPORT_STEP = "screenImportStep";

  private final ConsoleScreenings screenings;
  private final ScreeningResults results;
  private final RunProgress progress;
  private final Clock clock;

  ScreeningController(
      ConsoleScreenings screenings, ScreeningResults results, RunProgress progress, Clock clock) {
    this.screenings = screenings;
    this.results = results;
    this.progress = progress;
    this.clock = clock;
  }

  @GetMapping("/screenings/new")
  String form(Model model) {
    model.addAttribute("today", LocalDate.now(clock));
    return "screening-new";
  }

  @PostMapping("/screenings")
  String start(
      @RequestParam MultipartFile vendors,
      @RequestParam(required = false) MultipartFile representatives,
      @RequestParam(required = false) MultipartFile statements,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      Principal user,
      Locale locale,
      Model model)
      throws IOException {
    if (vendors.isEmpty()) {
      model.addAttribute("today", LocalDate.now(clock));
      model.addAttribute("error", "web.screen.vendorsRequired");
      return "screening-new";
    }
    Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : ConsoleLanguage.SWEDISH;
    String id =
        screenings.start(vendors, representatives, statements, asOf, language, user.getName());
    return "redirect:/screenings/" + id;
  }

  @GetMapping("/screenings/{id}")
  String progress(@PathVariable String id, Model model) {
    ConsoleScreening screening =
        screenings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (screening.outcome() != null && !screening.outcome().failed()) {
      return "redirect:/runs/" + screening.outcome().run().runId();
    }
    RunProgress.Progress steps = screening.running() ? progressOf(screening) : null;
    model.addAttribute("screening", screening);
    model.addAttribute("secondsRunning", screening.secondsRunning(clock.instant()));
    model.addAttribute("progress", steps);
    model.addAttribute("partiesTotal", partiesTotal(steps));
    return "screening-progress";
  }

  /**
   * How many parties the run checks: those the import step wrote into the register, known once that
   * step has completed; null before.
   */
  static Long partiesTotal(RunProgress.Progress progress) {
    if (progress == null) {
      return null;
    }
    return progress.steps().stream()
        .filter(step -> IMPORT_STEP.equals(step.name()) && step.completed())
        .map(RunProgress.Step::written)
        .findFirst()
        .orElse(null);
  }

  /**
   * The steps of the run this screen started: the console learns the run id only when the screen
   * ends, so it finds the run its user started since (the console runs one screen at a time).
   */
  private RunProgress.Progress progressOf(ConsoleScreening screening) {
    Instant since = screening.startedAt().minusSeconds(1);
    return results.runs().stream()
        .filter(run -> "screen".equals(run.job()))
        .filter(run -> screening.actor().equals(run.actor()))
        .filter(run -> !run.startedAt().isBefore(since))
        .findFirst()
        .flatMap(run -> progress.of(run.runId()))
        .orElse(null);
  }
}
