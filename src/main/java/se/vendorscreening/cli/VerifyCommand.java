package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import se.vendorscreening.audit.FileDiscrepancy;
import se.vendorscreening.audit.RunFolderSignatures;
import se.vendorscreening.audit.RunFolderVerification;
import se.vendorscreening.audit.SignatureCheck;
import se.vendorscreening.audit.UnverifiableFolderException;
import se.vendorscreening.audit.VerificationReport;

/**
 * Recomputes a run folder's hashes and checks them against its manifest, the manifest's signature
 * and the audit trail, or with {@code --public-key} against the signature alone: exit status 0 when
 * verified, 3 when the files match a manifest this database has no record of, 4 naming each file
 * that differs, is missing or is extra and a signature that does not verify (docs/verify.md). With
 * {@code --public-key} it runs before the application starts, without it.
 */
@Component
@Command(name = "verify", mixinStandardHelpOptions = true, resourceBundle = "messages.cli-verify")
class VerifyCommand implements Callable<Integer>, Subcommand {

  private final RunFolderVerification verification;
  private final MessageSource messages;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_ID|DIR", descriptionKey = "run")
  String run;

  @Option(names = "--public-key", paramLabel = "FILE", descriptionKey = "public-key")
  Path publicKey;

  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      descriptionKey = "lang",
      converter = LanguageOption.class)
  String lang;

  private MessageSource texts;
  private Locale language;

  VerifyCommand(RunFolderVerification verification, MessageSource messages) {
    this.verification = verification;
    this.messages = messages;
  }

  @Override
  public Integer call() {
    return verify(
        spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        messages,
        () ->
            publicKey == null
                ? verification.verify(run)
                : verification.verify(Path.of(run), publicKey));
  }

  /**
   * Whether a parsed command is {@code verify --public-key}, which needs nothing of the
   * application: neither the database nor the settings nor the data directory.
   */
  static boolean runsWithoutApplication(ParseResult command) {
    return command.commandSpec().userObject() instanceof VerifyCommand
        && command.hasMatchedOption("--public-key")
        && !command.isUsageHelpRequested()
        && !command.isVersionHelpRequested();
  }

  /**
   * Runs {@code verify --public-key} as parsed, before (and instead of) starting the application.
   */
  static int runWithoutApplication(ParseResult command, PrintWriter out, PrintWriter err) {
    VerifyCommand parsed = (VerifyCommand) command.commandSpec().userObject();
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setBasenames("messages.audit");
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    return parsed.verify(
        out, err, bundles, () -> RunFolderSignatures.verify(Path.of(parsed.run), parsed.publicKey));
  }

  private int verify(
      PrintWriter out, PrintWriter err, MessageSource texts, Supplier<VerificationReport> check) {
    this.texts = texts;
    this.language = CommandLanguage.ofOption(lang, Locale.getDefault());
    VerificationReport report;
    try {
      report = check.get();
    } catch (UnverifiableFolderException e) {
      err.println(text("verify.cannot." + e.reason().name(), run, e.subject()));
      err.flush();
      return ExitStatus.FAILED;
    }
    try {
      return switch (report.outcome()) {
        case VERIFIED -> verified(report, out);
        case NOT_RECORDED -> notRecorded(report, out);
        case MISMATCH -> mismatch(report, err);
      };
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int verified(VerificationReport report, PrintWriter out) {
    if (report.givenPublicKey()) {
      out.println(
          text(
              "verify.intactSigned",
              report.runId(),
              report.filesChecked(),
              report.folder(),
              report.signature().checkedKeySha256()));
    } else {
      out.println(text("verify.intact", report.runId(), report.filesChecked(), report.folder()));
      printSignature(report.signature(), out);
    }
    return ExitStatus.OK;
  }

  private int notRecorded(VerificationReport report, PrintWriter out) {
    out.println(text("verify.notRecorded", report.runId(), report.filesChecked(), report.folder()));
    printSignature(report.signature(), out);
    out.println(text("verify.notRecorded.hint"));
    return ExitStatus.NOT_RECORDED;
  }

  private int mismatch(VerificationReport report, PrintWriter err) {
    if (!report.givenPublicKey() && !report.auditRecordFound()) {
      err.println(text("verify.noAuditRecord", report.runId()));
    }
    for (FileDiscrepancy discrepancy : report.discrepancies()) {
      err.println(
          text(
              "verify." + discrepancy.problem().name().toLowerCase(Locale.ROOT),
              discrepancy.file(),
              text("verify.reference." + discrepancy.reference().name()),
              discrepancy.expected(),
              discrepancy.actual()));
    }
    if (report.signature().failed() || report.givenPublicKey()) {
      printSignature(report.signature(), err);
    }
    err.println(
        text(
            report.givenPublicKey() ? "verify.failedSigned" : "verify.failed",
            report.runId(),
            report.folder()));
    return ExitStatus.MISMATCH;
  }

  private void printSignature(SignatureCheck signature, PrintWriter to) {
    String key = "verify.signature." + signature.status().name();
    boolean otherKey =
        signature.status() == SignatureCheck.Status.INVALID
            && signature.namedKeySha256() != null
            && !signature.namedKeySha256().equals(signature.checkedKeySha256());
    to.println(
        text(
            otherKey ? "verify.signature.OTHER_KEY" : key,
            signature.namedKeySha256(),
            signature.checkedKeySha256()));
  }

  private String text(String key, Object... arguments) {
    return texts.getMessage(key, arguments, language);
  }
}
