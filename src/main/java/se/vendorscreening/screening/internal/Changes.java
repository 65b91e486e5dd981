package se.vendorscreening.screening.internal;

import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.shared.Decision;

/** Classifies how a party's decision moved since its previous check (docs/scheduling.md). */
final class Changes {

  private Changes() {}

  static ChangeClass classify(Decision previous, Decision now) {
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
}
