package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.vendorscreening.audit.FileDiscrepancy;
import se.vendorscreening.audit.RunFolderVerification;
import se.vendorscreening.audit.VerificationReport;

/**
 * Recomputes a run folder's hashes and checks them against its manifest and the audit trail: exit
 * status 0 when everything matches, 1 naming each file that differs, is missing or is extra.
 */
@Component
@Command(name = "verify", mixinStandardHelpOptions = true, resourceBundle = "messages.cli-verify")
class VerifyCommand implements Callable<Integer>, Subcommand {

  private final RunFolderVerification verification;
  private final CommandText text;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_ID|DIR", descriptionKey = "run")
  String run;

  VerifyCommand(RunFolderVerification verification, CommandText text) {
    this.verification = verification;
    this.text = text;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    VerificationReport report;
    try {
      report = verification.verify(run);
    } catch (IllegalArgumentException e) {
      err.println(text.get("verify.cannot", run, e.getMessage()));
      return ExitStatus.FAILED;
    }
    if (report.isIntact()) {
      out.println(
          text.get("verify.intact", report.runId(), report.filesChecked(), report.folder()));
      out.flush();
      return ExitStatus.OK;
    }
    if (!report.auditRecordFound()) {
      err.println(text.get("verify.noAuditRecord", report.runId()));
    }
    for (FileDiscrepancy discrepancy : report.discrepancies()) {
      err.println(
          text.get(
              "verify." + discrepancy.problem().name().toLowerCase(java.util.Locale.ROOT),
              discrepancy.file(),
              text.get("verify.reference." + discrepancy.reference().name()),
              discrepancy.expected(),
              discrepancy.actual()));
    }
    err.println(text.get("verify.failed", report.runId(), report.folder()));
    err.flush();
    return ExitStatus.FAILED;
  }
}
