package se.vendorscreening.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.InputFile;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.registry.RegistrySource;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunCompleted;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;

/** Realistic runs, party results and run folders for the audit tests. */
final class RunFixtures {

  /** Skatteverket test personnummer of sole traders and representatives. */
  static final String SOLE_TRADER = "198001022386";

  static final String OTHER_SOLE_TRADER = "199204292396";
  static final String COMPANY = "5561234567";

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private RunFixtures() {}

  static String uniqueRunId(String job) {
    return "20261128-%06d-%s-%d"
        .formatted(SEQUENCE.incrementAndGet(), job, ProcessHandle.current().pid());
  }

  static RunInfo aRun(String runId, String actor, Instant finishedAt) {
    Map<Decision, Long> counts = new LinkedHashMap<>();
    counts.put(Decision.EXCLUDE, 1L);
    counts.put(Decision.INCOMPLETE, 0L);
    counts.put(Decision.REVIEW, 1L);
    counts.put(Decision.CLEAR, 1L);
    return new RunInfo(
        runId,
        "screen",
        finishedAt.minusSeconds(42),
        finishedAt,
        LocalDate.of(2026, 11, 28),
        actor,
        Locale.forLanguageTag("sv-SE"),
        "rules-3f2a9c",
        "plan",
        List.of("KS-2026/317"),
        List.of(
            new InputFile("sample-data/lou-vendors.csv", "a".repeat(64), 3, 0),
            new InputFile("sample-data/lou-representatives.csv", "b".repeat(64), 5, 1)),
        "file",
        List.of(
            new RegistrySource(
                "convictions", "sample-data/registries/convictions.csv", "c".repeat(64), 12)),
        counts,
        "COMPLETED");
  }

  static List<PartyResult> threeParties() {
    return List.of(
        party(
            COMPANY, "556123-4567", "Huddinge Bygg & Mark AB", Decision.EXCLUDE, Decision.EXCLUDE),
        party(
            SOLE_TRADER, "800102-****", "Anna Andersson Måleri", Decision.REVIEW, Decision.REVIEW),
        party(OTHER_SOLE_TRADER, "920429-****", "Björn Berg El", Decision.REVIEW, Decision.CLEAR));
  }

  private static PartyResult party(
      String key, String orgNo, String name, Decision computed, Decision decision) {
    List<Finding> findings =
        computed == Decision.CLEAR
            ? List.of()
            : List.of(
                new Finding(
                    computed == Decision.EXCLUDE ? "TAX_UNPAID_FINAL" : "CREDIT_RISK",
                    "LOU 13 kap. 2 §",
                    computed,
                    false,
                    name,
                    "VENDOR",
                    orgNo,
                    null,
                    null,
                    "finding",
                    computed == Decision.EXCLUDE
                        ? Map.of("debt_type", "TAX", "total_amount_sek", "46200")
                        : Map.of("risk_class", "1", "risk_class_limit", "2"),
                    null,
                    "file"));
    return new PartyResult(
        "KS-2026/317",
        ProcurementType.LOU,
        key,
        orgNo,
        name,
        PartyRole.VENDOR,
        null,
        computed,
        decision,
        findings,
        List.<Contract>of(),
        List.of());
  }

  /** Writes a run folder with reports and a manifest in the format of docs/run-folder.md. */
  static RunCompleted aRunFolder(Path folder, RunInfo run) throws IOException {
    Files.createDirectories(folder);
    Files.write(
        folder.resolve("report.pdf"),
        ("%PDF-1.7 flag report of " + run.runId()).getBytes(StandardCharsets.UTF_8));
    Files.write(folder.resolve("report.xlsx"), new byte[] {0x50, 0x4b, 3, 4, 20, 0, 6, 0});
    Files.writeString(
        folder.resolve("results.csv"),
        "procurement_id,org_no,name,role,parent_org_no,decision,rule_ids,clause_ids,contract_ids,findings\n"
            + "KS-2026/317,800102-****,Anna Andersson Måleri,VENDOR,,REVIEW,CREDIT_RISK,,,risk\n");
    Files.writeString(folder.resolve("rejected-rows.csv"), "file,line,column,value,reason\n");
    List<OutputFile> outputs = new ArrayList<>();
    for (String name : List.of("rejected-rows.csv", "report.pdf", "report.xlsx", "results.csv")) {
      outputs.add(outputOf(folder, name));
    }
    StringBuilder manifest =
        new StringBuilder(
            "{\n  \"runId\": \"%s\",\n  \"job\": \"screen\",\n  \"asOf\": \"2026-11-28\",\n  \"outputs\": [\n"
                .formatted(run.runId()));
    for (int i = 0; i < outputs.size(); i++) {
      OutputFile output = outputs.get(i);
      manifest.append(
          "    {\"name\": \"%s\", \"sha256\": \"%s\", \"bytes\": %d}%s\n"
              .formatted(
                  output.name(),
                  output.sha256(),
                  output.bytes(),
                  i < outputs.size() - 1 ? "," : ""));
    }
    manifest.append("  ]\n}\n");
    Files.writeString(folder.resolve("manifest.json"), manifest);
    outputs.add(outputOf(folder, "manifest.json"));
    return new RunCompleted(
        run,
        "screen --vendors sample-data/lou-vendors.csv --actor " + run.actor(),
        folder,
        outputs);
  }

  static OutputFile outputOf(Path folder, String name) throws IOException {
    byte[] bytes = Files.readAllBytes(folder.resolve(name));
    try {
      return new OutputFile(
          name,
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
          bytes.length);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
