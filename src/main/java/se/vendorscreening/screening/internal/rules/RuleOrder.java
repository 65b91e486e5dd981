package se.vendorscreening.screening.internal.rules;

import java.util.Comparator;
import java.util.List;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/** The order of docs/rules.md, in which a party's findings are listed. */
public final class RuleOrder {

  public static final List<String> IDS = RuleId.names();

  /** Findings by rule; a stable sort keeps each rule's findings in subject order. */
  public static final Comparator<Finding> FINDINGS =
      Comparator.comparingInt((Finding f) -> index(f.ruleId()));

  private RuleOrder() {}

  static int index(String ruleId) {
    int index = IDS.indexOf(ruleId);
    return index < 0 ? IDS.size() : index;
  }
}
