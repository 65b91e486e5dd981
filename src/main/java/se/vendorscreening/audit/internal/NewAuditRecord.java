package se.vendorscreening.audit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import se.vendorscreening.audit.AuditKind;
import se.vendorscreening.screening.OutputFile;

/** An audit record about to be appended, with the outputs of a run (empty for other kinds). */
record NewAuditRecord(
    AuditKind kind,
    Instant occurredAt,
    String actor,
    String runId,
    List<String> partyKeys,
    Map<String, String> facts,
    List<OutputFile> outputs) {

  NewAuditRecord {
    partyKeys = partyKeys == null ? List.of() : List.copyOf(partyKeys);
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
    actor = actor == null || actor.isBlank() ? "unknown" : actor;
  }
}
