package se.vendorscreening.screening.internal.rules;

import java.util.ArrayList;
import java.util.List;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.screening.Finding;

/**
 * The vendor or a representative has a final conviction for a crime concerning professional conduct
 * (LOU 13 kap. 3 §, LOV 7 kap. 1 § 3) that became final at most three years before the evaluation
 * date; older ones are information.
 */
final class ConvictionOtherRule implements Rule {

  static final String ID = "CONVICTION_OTHER";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(PartyEvidence evidence, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Matched<ConvictionRecord> matched : evidence.convictions()) {
      ConvictionRecord record = matched.record();
      if (!context.rules().professionalCategories().contains(record.offenceCategory())
          || !ConvictionTiming.isFinalOn(record, context.asOf())) {
        continue;
      }
      FindingBuilder finding = FindingBuilder.finding(ID, context);
      ConvictionEvidence.describe(finding, matched, context)
          .evidence("lookback", context.rules().otherLookback());
      Object[] args = ConvictionEvidence.summaryArguments(matched, context);
      if (ConvictionTiming.withinLookback(
          record, context.asOf(), context.rules().otherLookback())) {
        finding.summary("finding.CONVICTION_OTHER", args);
      } else {
        finding.informational().summary("finding.CONVICTION_OTHER.outside", args);
      }
      findings.add(finding.build());
    }
    return findings;
  }
}
