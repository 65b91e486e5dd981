package se.vendorscreening.screening.internal.rules;

import java.util.ArrayList;
import java.util.List;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.screening.Finding;

/**
 * The vendor or a representative has a final conviction in a mandatory category (LOU 13 kap. 1 §)
 * that became final at most five years before the evaluation date; older ones are information.
 */
final class ConvictionMandatoryRule implements Rule {

  static final String ID = "CONVICTION_MANDATORY";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(PartyEvidence evidence, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Matched<ConvictionRecord> matched : evidence.convictions()) {
      ConvictionRecord record = matched.record();
      if (!context.rules().mandatoryCategories().contains(record.offenceCategory())
          || !ConvictionTiming.isFinalOn(record, context.asOf())) {
        continue;
      }
      boolean within =
          ConvictionTiming.withinLookback(
              record, context.asOf(), context.rules().mandatoryLookback());
      FindingBuilder finding = FindingBuilder.finding(ID, context);
      ConvictionEvidence.describe(finding, matched, context)
          .evidence("lookback", context.rules().mandatoryLookback());
      Object[] args = ConvictionEvidence.summaryArguments(matched, context);
      if (within) {
        finding.summary("finding.CONVICTION_MANDATORY", args);
      } else {
        finding.informational().summary("finding.CONVICTION_MANDATORY.outside", args);
      }
      findings.add(finding.build());
    }
    return findings;
  }
}
