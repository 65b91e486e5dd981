package se.vendorscreening.screening.internal.rules;

import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.shared.Decision;

/** Classifies how a party's decision moved since its previous check (docs/scheduling.md). */
public final class Changes {

  private Changes() {}

  public static ChangeClass classify(Decision previous, Decision now) {
    if (previous == null) {
      return ChangeClass.NEW;
    }
    if (now == previous) {
      return ChangeClass.UNCHANGED;
    }
    if (now == Decision.CLEAR) {
      return ChangeClass.RESOLVED;
    }
    return now.isMoreSevereThan(previous) ? ChangeClass.ESCALATED : ChangeClass.DE_ESCALATED;
  }

  /**
   * As {@link #classify(Decision, Decision)}, but evidence that expired since the previous check
   * ({@code EVIDENCE_EXPIRED}), or a register-check answer that changed ({@code EVIDENCE_CHANGED}),
   * names the change when the party is not CLEAR: they say why, where ESCALATED would only say
   * that.
   */
  public static ChangeClass classify(
      Decision previous, Decision now, EvidenceMarks before, EvidenceMarks after) {
    ChangeClass byDecision = classify(previous, now);
    if (byDecision == ChangeClass.NEW || now == Decision.CLEAR) {
      return byDecision;
    }
    if (after.newlyExpiredSince(before)) {
      return ChangeClass.EVIDENCE_EXPIRED;
    }
    if (after.registerCheckChangedSince(before)) {
      return ChangeClass.EVIDENCE_CHANGED;
    }
    return byDecision;
  }
}
