package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import se.vendorscreening.audit.ManifestSigning;
import se.vendorscreening.audit.SigningKey;
import se.vendorscreening.intake.InputFile;
import se.vendorscreening.registry.RegistrySource;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.shared.Decision;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes manifest.json (docs/run-folder.md), the auditor's entry point: what the run read, how it
 * decided, the key that signs it and the hash of every file it wrote. Keys come in a fixed order so
 * that a manifest can be compared with another by eye or by diff.
 */
final class ManifestWriter {

  private static final List<Decision> SEVERITY_ORDER =
      List.of(Decision.EXCLUDE, Decision.INCOMPLETE, Decision.REVIEW, Decision.CLEAR);

  private final JsonMapper mapper =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  void write(
      RunInfo run,
      String clausesVersion,
      SigningKey signingKey,
      List<OutputFile> outputs,
      Path file)
      throws IOException {
    write(run, clausesVersion, signingKey, outputs, List.of(), file);
  }

  /**
   * Writes the manifest with the officers' overrides the run applied, so that a re-run on a fresh
   * database (without them) can be explained.
   */
  void write(
      RunInfo run,
      String clausesVersion,
      SigningKey signingKey,
      List<OutputFile> outputs,
      List<AppliedOverrides> overrides,
      Path file)
      throws IOException {
    write(run, clausesVersion, signingKey, outputs, overrides, new GroundTally(), file);
  }

  /**
   * Writes the manifest with the overrides the run applied and, per exclusion ground and evidence
   * kind, the parties whose results.csv row names it, by decision.
   */
  void write(
      RunInfo run,
      String clausesVersion,
      SigningKey signingKey,
      List<OutputFile> outputs,
      List<AppliedOverrides> overrides,
      GroundTally tally,
      Path file)
      throws IOException {
    ObjectNode manifest = mapper.createObjectNode();
    manifest.put("run_id", run.runId());
    manifest.put("job", run.job());
    manifest.put("status", run.status());
    manifest.put("started_at", run.startedAt() == null ? null : run.startedAt().toString());
    manifest.put("finished_at", run.finishedAt() == null ? null : run.finishedAt().toString());
    manifest.put("as_of", run.asOf() == null ? null : run.asOf().toString());
    manifest.put("actor", run.actor());
    manifest.put("language", ReportTexts.isEnglish(run.language()) ? "en" : "sv");
    ArrayNode procurements = manifest.putArray("procurement_ids");
    nullToEmpty(run.procurementIds()).forEach(procurements::add);
    ArrayNode inputs = manifest.putArray("inputs");
    for (InputFile input : nullToEmpty(run.inputs())) {
      ObjectNode node = inputs.addObject();
      node.put("path", input.path());
      node.put("sha256", input.sha256());
      node.put("rows_read", input.rowsRead());
      node.put("rows_rejected", input.rowsRejected());
    }
    ObjectNode registries = manifest.putObject("registries");
    registries.put("mode", run.registryMode());
    ArrayNode sources = registries.putArray("sources");
    for (RegistrySource source : nullToEmpty(run.registrySources())) {
      ObjectNode node = sources.addObject();
      node.put("check", source.check());
      node.put("location", source.location());
      node.put("sha256", source.sha256());
      node.put("records", source.records());
      if (source.extractDate() != null) {
        node.put("extract_date", source.extractDate());
      }
      if (source.fileModified() != null) {
        node.put("file_modified", source.fileModified());
      }
    }
    manifest.put("rules_version", run.rulesVersion());
    manifest.put("organised_crime_profile", run.organisedCrimeProfile());
    manifest.put("clauses_version", clausesVersion);
    ObjectNode counts = manifest.putObject("counts");
    for (Decision decision : SEVERITY_ORDER) {
      Long count = run.counts() == null ? null : run.counts().get(decision);
      counts.put(decision.name(), count == null ? 0L : count);
    }
    tallied(manifest.putObject("exclusion_grounds"), tally.grounds());
    tallied(manifest.putObject("evidence_kinds"), tally.kinds());
    ArrayNode applied = manifest.putArray("overrides");
    for (AppliedOverrides party : overrides) {
      for (AppliedOverride override : party.overrides()) {
        ObjectNode node = applied.addObject();
        node.put("procurement_id", party.procurementId());
        node.put("org_no", PersonalNumbers.mask(party.orgNo()));
        node.put("rule_id", override.ruleId());
        node.put("decision", override.decision().name());
        node.put("actor", override.actor());
        node.put("recorded_at", override.recordedAt().toString());
        node.put("reason", override.reason());
        node.put("expires", override.expires() == null ? null : override.expires().toString());
        node.put("for_procurement", override.procurementId());
        ArrayNode covers = node.putArray("covers");
        override.coveredRecords().forEach(record -> covers.add(PersonalNumbers.mask(record)));
      }
    }
    // The signature covers this file's bytes; it lives in a file of its own beside it.
    ObjectNode signature = manifest.putObject("signature");
    signature.put("algorithm", signingKey.algorithm());
    signature.put("public_key_sha256", signingKey.publicKeySha256());
    signature.put("file", ManifestSigning.SIGNATURE_FILE);
    ArrayNode files = manifest.putArray("outputs");
    for (OutputFile output : outputs) {
      ObjectNode node = files.addObject();
      node.put("name", output.name());
      node.put("sha256", output.sha256());
      node.put("bytes", output.bytes());
    }
    byte[] json = mapper.writeValueAsBytes(manifest);
    byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
    withNewline[json.length] = '\n';
    Files.write(file, withNewline);
  }

  /** Per code, sorted: the parties naming it, and how many of them per decision. */
  private static void tallied(ObjectNode node, Map<String, Map<Decision, Long>> tally) {
    tally.forEach(
        (code, byDecision) -> {
          ObjectNode counted = node.putObject(code);
          counted.put("parties", byDecision.values().stream().mapToLong(Long::longValue).sum());
          for (Decision decision : SEVERITY_ORDER) {
            counted.put(decision.name(), byDecision.getOrDefault(decision, 0L));
          }
        });
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
