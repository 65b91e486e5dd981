package se.vendorscreening.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
import se.vendorscreening.audit.AuditQuery;
import se.vendorscreening.audit.AuditRecord;
import se.vendorscreening.audit.AuditTrail;
import se.vendorscreening.audit.RunFolderVerification;
import se.vendorscreening.audit.VerificationReport;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.SwedishTime;

/** The auditor's pages: runs with filters, a run's manifest, verification, the audit trail. */
@Controller
class AuditController {

  private final ScreeningResults results;
  private final RunFiles files;
  private final RunFolderVerification verification;
  private final AuditTrail trail;
  private final RunFolderUploads uploads;

  AuditController(
      ScreeningResults results,
      RunFiles files,
      RunFolderVerification verification,
      AuditTrail trail,
      RunFolderUploads uploads) {
    this.results = results;
    this.files = files;
    this.verification = verification;
    this.trail = trail;
    this.uploads = uploads;
  }

  @GetMapping("/audit/runs")
  String runs(
      @RequestParam(required = false) String job,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String q,
      Model model) {
    List<RunInfo> runs =
        results.runs().stream()
            .filter(run -> job == null || job.isBlank() || job.equals(run.job()))
            .filter(run -> status == null || status.isBlank() || status.equals(run.status()))
            .filter(run -> q == null || q.isBlank() || mentions(run, q.strip()))
            .toList();
    model.addAttribute("runs", runs);
    model.addAttribute("job", job);
    model.addAttribute("status", status);
    model.addAttribute("q", q);
    return "audit-runs";
  }

  @GetMapping("/audit/runs/{runId}")
  String run(@PathVariable String runId, Model model) throws IOException {
    RunInfo run =
        results.run(runId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("run", run);
    model.addAttribute("files", files.of(runId));
    var manifest = files.file(runId, "manifest.json");
    model.addAttribute(
        "manifest",
        manifest.isPresent() ? Files.readString(manifest.get(), StandardCharsets.UTF_8) : null);
    return "audit-run";
  }

  @PostMapping("/audit/runs/{runId}/verify")
  String verify(@PathVariable String runId, Model model) {
    RunInfo run =
        results.run(runId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("run", run);
    try {
      VerificationReport report = verification.verify(runId);
      model.addAttribute("report", report);
    } catch (IllegalArgumentException e) {
      model.addAttribute("verifyError", e.getMessage());
    }
    return "audit-verify";
  }

  /** Verify a run folder: pick one of this installation's runs, or upload one as a zip file. */
  @GetMapping("/audit/verify")
  String verifyForm(Model model) {
    model.addAttribute(
        "runs", results.runs().stream().filter(run -> "COMPLETED".equals(run.status())).toList());
    return "audit-verify-form";
  }

  @PostMapping("/audit/verify")
  String verifyPicked(@RequestParam String runId, Model model) {
    return verify(runId, model);
  }

  /**
   * Verifies an uploaded run folder (a zip file of it) against its manifest, this installation's
   * signing key and this database's audit trail: intact, not recorded here, or which files differ.
   */
  @PostMapping("/audit/verify/upload")
  String verifyUpload(@RequestParam("folder") MultipartFile upload, Model model)
      throws IOException {
    model.addAttribute("uploaded", ConsoleScreenings.safeName(upload.getOriginalFilename()));
    if (upload.isEmpty()) {
      model.addAttribute("verifyErrorKey", "web.verify.upload.empty");
      return "audit-verify";
    }
    Path folder;
    try (InputStream in = upload.getInputStream()) {
      folder = uploads.unpack(in);
    } catch (RunFolderUploads.InvalidUploadException e) {
      model.addAttribute("verifyErrorKey", e.messageKey());
      return "audit-verify";
    } catch (java.util.zip.ZipException e) {
      model.addAttribute("verifyErrorKey", "web.verify.upload.notAZip");
      return "audit-verify";
    }
    try {
      VerificationReport report = verification.verify(folder.toString());
      model.addAttribute("report", report);
      results.run(report.runId()).ifPresent(run -> model.addAttribute("run", run));
      model.addAttribute("runId", report.runId());
    } catch (IllegalArgumentException e) {
      model.addAttribute("verifyError", e.getMessage());
    } finally {
      uploads.remove(folder);
    }
    return "audit-verify";
  }

  @GetMapping("/audit/trail")
  String trail(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate since,
      @RequestParam(required = false) String party,
      @RequestParam(required = false) String actor,
      Model model) {
    AuditQuery query =
        new AuditQuery(
            since == null ? null : since.atStartOfDay(SwedishTime.ZONE).toInstant(),
            party == null || party.isBlank() ? null : AuditRecord.partyKeyOf(party),
            actor == null || actor.isBlank() ? null : actor.strip());
    List<AuditRecord> records = new ArrayList<>(trail.find(query));
    Collections.reverse(records);
    model.addAttribute("records", records);
    model.addAttribute("since", since);
    model.addAttribute("party", party);
    model.addAttribute("actor", actor);
    return "audit-trail";
  }

  private static boolean mentions(RunInfo run, String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    return run.runId().toLowerCase(Locale.ROOT).contains(wanted)
        || String.valueOf(run.actor()).toLowerCase(Locale.ROOT).contains(wanted)
        || run.procurementIds().stream()
            .anyMatch(id -> id.toLowerCase(Locale.ROOT).contains(wanted));
  }
}
