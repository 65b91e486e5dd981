package se.vendorscreening.audit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.vendorscreening.registry.EvidencePurged;
import se.vendorscreening.scheduling.NotificationSent;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.OverrideProposal;
import se.vendorscreening.screening.OverrideRecorded;
import se.vendorscreening.screening.ResultsUnmasked;
import se.vendorscreening.screening.ResultsViewed;
import se.vendorscreening.screening.RunCompleted;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.shared.Decision;

/**
 * Turns events into the ordered facts an audit record keeps. Party keys stay out of the facts (they
 * are kept separately and only ever printed masked).
 */
@Component
class AuditFacts {

  static final String SCHEDULER = "scheduler";

  private static final String CERTIFICATES_FOLDER = "certificates/";
  private static final String HEARING_LETTER_PREFIX = "kommunicering-";

  Map<String, String> of(RunCompleted event) {
    RunInfo run = event.run();
    Map<String, String> facts = new LinkedHashMap<>();
    put(facts, "job", run.job());
    put(facts, "status", run.status());
    put(facts, "command", event.command());
    put(facts, "folder", event.folder());
    put(facts, "startedAt", run.startedAt());
    put(facts, "finishedAt", run.finishedAt());
    put(facts, "asOf", run.asOf());
    put(facts, "language", run.language() == null ? null : run.language().toLanguageTag());
    put(facts, "rulesVersion", run.rulesVersion());
    put(facts, "organisedCrimeProfile", run.organisedCrimeProfile());
    put(facts, "procurementIds", join(run.procurementIds(), Function.identity()));
    put(
        facts,
        "inputs",
        join(
            run.inputs(),
            input ->
                "%s sha256=%s rows=%d rejected=%d"
                    .formatted(
                        input.path(), input.sha256(), input.rowsRead(), input.rowsRejected())));
    put(facts, "registryMode", run.registryMode());
    put(
        facts,
        "registrySources",
        join(
            run.registrySources(),
            source ->
                source.check()
                    + " "
                    + source.location()
                    + (source.sha256() == null ? "" : " sha256=" + source.sha256())
                    + (source.records() < 0 ? "" : " records=" + source.records())));
    put(facts, "counts", counts(run.counts()));
    put(facts, "outputs", outputs(event.outputs()));
    return facts;
  }

  /**
   * The run's files for the record's facts: each file by name and hash, except the per-party
   * documents (certificates, hearing letters), which a large run writes by the thousand and which
   * are summed up per kind. Every file's hash is kept anyway in the trail's own output table, which
   * {@code verify} compares with.
   */
  static String outputs(List<OutputFile> outputs) {
    if (outputs == null) {
      return null;
    }
    Map<String, long[]> perPartyDocuments = new TreeMap<>();
    List<String> listed = new ArrayList<>();
    for (OutputFile output : outputs) {
      String group = perPartyGroup(output.name());
      if (group == null) {
        listed.add(
            "%s sha256=%s bytes=%d".formatted(output.name(), output.sha256(), output.bytes()));
      } else {
        long[] sum = perPartyDocuments.computeIfAbsent(group, g -> new long[2]);
        sum[0]++;
        sum[1] += output.bytes();
      }
    }
    perPartyDocuments.forEach(
        (group, sum) -> listed.add("%s files=%d bytes=%d".formatted(group, sum[0], sum[1])));
    return String.join("; ", listed);
  }

  private static String perPartyGroup(String name) {
    if (name.startsWith(CERTIFICATES_FOLDER)) {
      return CERTIFICATES_FOLDER + "*";
    }
    if (name.indexOf('/') < 0 && name.startsWith(HEARING_LETTER_PREFIX)) {
      return HEARING_LETTER_PREFIX + "*";
    }
    return null;
  }

  Map<String, String> of(OverrideRecorded event) {
    var override = event.override();
    Map<String, String> facts = new LinkedHashMap<>();
    put(facts, "party", event.orgNo());
    put(facts, "ruleId", override.ruleId());
    put(facts, "decision", override.decision());
    put(facts, "reason", override.reason());
    put(facts, "expires", override.expires());
    put(facts, "recordedAt", override.recordedAt());
    put(facts, "procurementId", override.procurementId());
    put(facts, "covers", override.covers() == null ? null : String.join("; ", override.covers()));
    if (override.approvedBy() != null) {
      put(facts, "proposedBy", override.actor());
      put(facts, "approvedBy", override.approvedBy());
    }
    return facts;
  }

  Map<String, String> of(OverrideProposal proposal) {
    var override = proposal.override();
    Map<String, String> facts = new LinkedHashMap<>();
    put(facts, "proposal", proposal.id());
    put(facts, "status", proposal.status());
    put(facts, "party", proposal.orgNo());
    put(facts, "ruleId", override.ruleId());
    put(facts, "decision", override.decision());
    put(facts, "reason", override.reason());
    put(facts, "expires", override.expires());
    put(facts, "procurementId", override.procurementId());
    put(facts, "proposedBy", override.actor());
    put(facts, "reviewedBy", proposal.reviewedBy());
    put(facts, "reviewReason", proposal.reviewReason());
    return facts;
  }

  Map<String, String> of(ResultsUnmasked event) {
    Map<String, String> facts = new LinkedHashMap<>();
    put(facts, "runId", event.runId());
    put(facts, "parties", String.valueOf(event.partyKeys().size()));
    put(facts, "reason", event.reason());
    return facts;
  }

  Map<String, String> of(ResultsViewed event) {
    Map<String, String> facts = new LinkedHashMap<>();
    put(facts, "runId", event.runId());
    put(facts, "view", event.view());
    return facts;
  }

  Map<String, String> of(NotificationSent event) {
    Map<String, String> facts = new LinkedHashMap<>();
    put(facts, "recipients", join(event.recipients(), Function.identity()));
    put(facts, "subject", event.subject());
    put(facts, "procurementIds", join(event.procurementIds(), Function.identity()));
    return facts;
  }

  Map<String, String> of(EvidencePurged event) {
    Map<String, String> facts = new LinkedHashMap<>();
    put(facts, "cutoff", event.cutoff());
    put(facts, "deleted", event.deleted());
    return facts;
  }

  private static String counts(Map<Decision, Long> counts) {
    if (counts == null) {
      return null;
    }
    return java.util.Arrays.stream(Decision.values())
        .map(decision -> decision + "=" + counts.getOrDefault(decision, 0L))
        .collect(Collectors.joining(" "));
  }

  private static <T> String join(List<T> items, Function<T, String> format) {
    return items == null
        ? null
        : items.stream().filter(Objects::nonNull).map(format).collect(Collectors.joining("; "));
  }

  private static void put(Map<String, String> facts, String name, Object value) {
    if (value != null) {
      facts.put(name, value.toString());
    }
  }
}
