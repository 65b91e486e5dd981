package se.vendorscreening.audit.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.vendorscreening.audit.FileDiscrepancy;
import se.vendorscreening.audit.FileDiscrepancy.Problem;
import se.vendorscreening.audit.FileDiscrepancy.Reference;
import se.vendorscreening.audit.ManifestSigning;
import se.vendorscreening.audit.RunFolderVerification;
import se.vendorscreening.audit.SignatureCheck;
import se.vendorscreening.audit.UnverifiableFolderException;
import se.vendorscreening.audit.UnverifiableFolderException.Reason;
import se.vendorscreening.audit.VerificationReport;
import se.vendorscreening.audit.internal.AuditRecords.RecordedRun;
import se.vendorscreening.screening.OutputFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recomputes the SHA-256 of every file of a run folder and compares it with the folder's manifest,
 * checks the manifest's signature, and compares the files with the outputs the run reported to the
 * audit trail when it finished. The manifest cannot hold its own hash (nor its signature's): the
 * signature and the audit trail vouch for {@code manifest.json}, the audit trail for {@code
 * manifest.sig}.
 */
@Component
class RunFolderVerifier implements RunFolderVerification {

  private final AuditRecords records;
  private final ManifestKeys keys;
  private final JsonMapper json;
  private final Path reportsDir;

  RunFolderVerifier(
      AuditRecords records,
      ManifestKeys keys,
      JsonMapper json,
      @Value("${screening.reports-dir:./reports}") Path reportsDir) {
    this.records = records;
    this.keys = keys;
    this.json = json;
    this.reportsDir = reportsDir;
  }

  @Override
  public VerificationReport verify(String runIdOrFolder) {
    Path folder = folderOf(runIdOrFolder);
    RunManifest manifest = RunManifest.read(folder, json);
    Map<String, String> actual = hashesOf(folder);
    List<FileDiscrepancy> discrepancies = new ArrayList<>();
    compare(manifest.outputs(), actual, Reference.MANIFEST, discrepancies);
    SignatureCheck signature =
        ManifestSignatures.checkWithLocal(keys.existingPublicKey().orElse(null), folder, manifest);
    Optional<RecordedRun> recorded = records.latestRun(manifest.runId());
    recorded.ifPresent(run -> compare(run.outputs(), actual, Reference.AUDIT_TRAIL, discrepancies));
    return new VerificationReport(
        manifest.runId(),
        folder,
        actual.size(),
        signature,
        false,
        recorded.isPresent(),
        discrepancies);
  }

  @Override
  public VerificationReport verify(Path folder, Path publicKeyFile) {
    return KeyOnlyVerification.verify(folder, publicKeyFile, json);
  }

  static void compare(
      List<OutputFile> expected,
      Map<String, String> actual,
      Reference reference,
      List<FileDiscrepancy> discrepancies) {
    Map<String, OutputFile> byName = new TreeMap<>();
    expected.forEach(output -> byName.put(output.name(), output));
    byName.forEach(
        (name, output) -> {
          String hash = actual.get(name);
          if (hash == null) {
            discrepancies.add(
                new FileDiscrepancy(name, Problem.MISSING, reference, output.sha256(), null));
          } else if (!hash.equalsIgnoreCase(output.sha256())) {
            discrepancies.add(
                new FileDiscrepancy(name, Problem.CHANGED, reference, output.sha256(), hash));
          }
        });
    actual.forEach(
        (name, hash) -> {
          boolean vouchedForByAuditTrailOnly =
              reference == Reference.MANIFEST
                  && (name.equals(RunManifest.FILE_NAME)
                      || name.equals(ManifestSigning.SIGNATURE_FILE));
          if (!byName.containsKey(name) && !vouchedForByAuditTrailOnly) {
            discrepancies.add(new FileDiscrepancy(name, Problem.EXTRA, reference, null, hash));
          }
        });
  }

  private Path folderOf(String runIdOrFolder) {
    Path given = Path.of(runIdOrFolder);
    if (Files.isDirectory(given)) {
      return given.toAbsolutePath().normalize();
    }
    Optional<Path> recorded =
        records
            .latestRun(runIdOrFolder)
            .map(RecordedRun::folder)
            .map(Path::of)
            .filter(Files::isDirectory);
    if (recorded.isPresent()) {
      return recorded.get();
    }
    Path underReports = reportsDir.resolve(runIdOrFolder);
    if (Files.isDirectory(underReports)) {
      return underReports.toAbsolutePath().normalize();
    }
    throw new UnverifiableFolderException(
        Reason.NO_FOLDER, runIdOrFolder, "no run folder found for " + runIdOrFolder);
  }

  static Map<String, String> hashesOf(Path folder) {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .filter(Files::isRegularFile)
          .forEach(
              file ->
                  hashes.put(
                      folder.relativize(file).toString().replace(File.separatorChar, '/'),
                      FileHashes.sha256(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    return hashes;
  }
}
