package se.vendorscreening.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.vendorscreening.audit.internal.PersonalNumberMasking;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.InvalidIdentityNumberException;

/**
 * One entry of the audit trail.
 *
 * @param id its position in the trail
 * @param kind what it records
 * @param occurredAt when it happened
 * @param actor who did it (a person, or {@code scheduler})
 * @param runId the run it concerns, or null
 * @param partyKeys the parties it concerns; may hold personal numbers, so print {@link
 *     #maskedPartyKeys()}
 * @param facts what happened, in order (no full personal identity number among them)
 */
public record AuditRecord(
    long id,
    AuditKind kind,
    Instant occurredAt,
    String actor,
    String runId,
    List<String> partyKeys,
    Map<String, String> facts) {

  public AuditRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(occurredAt, "occurredAt");
    partyKeys = List.copyOf(partyKeys);
    facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
  }

  /** The parties as reports show them: personal numbers as {@code YYMMDD-****}. */
  public List<String> maskedPartyKeys() {
    return partyKeys.stream().map(AuditRecord::masked).toList();
  }

  /**
   * The facts with any personal identity number in them masked (free text such as an override's
   * reason may hold one), as they may be printed.
   */
  public Map<String, String> maskedFacts() {
    Map<String, String> masked = new LinkedHashMap<>();
    facts.forEach((name, value) -> masked.put(name, PersonalNumberMasking.mask(value)));
    return Collections.unmodifiableMap(masked);
  }

  /** A party key as reports show it; a key that is no Swedish number is shown as it is. */
  public static String masked(String partyKey) {
    try {
      return IdentityNumber.parse(partyKey).masked();
    } catch (InvalidIdentityNumberException e) {
      return partyKey;
    }
  }

  /** The key the trail stores for a number as a user writes it; other text is kept as it is. */
  public static String partyKeyOf(String written) {
    try {
      return IdentityNumber.parse(written).canonical();
    } catch (InvalidIdentityNumberException e) {
      return written.strip();
    }
  }
}
