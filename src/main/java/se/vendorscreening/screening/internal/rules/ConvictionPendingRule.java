package se.vendorscreening.screening.internal.rules;

import java.util.ArrayList;
import java.util.List;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.screening.Finding;

/**
 * The vendor or a representative is convicted in a mandatory category by a judgment that is not yet
 * final; a suspicion never excludes (LOU 13 kap. 1 § requires a final judgment).
 */
final class ConvictionPendingRule implements Rule {

  static final String ID = "CONVICTION_PENDING";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(PartyEvidence evidence, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Matched<ConvictionRecord> matched : evidence.convictions()) {
      ConvictionRecord record = matched.record();
      if (context.rules().mandatoryCategories().contains(record.offenceCategory())
          && !ConvictionTiming.isFinalOn(record, context.asOf())) {
        FindingBuilder finding = FindingBuilder.finding(ID, context);
        ConvictionEvidence.describe(finding, matched, context)
            .summary(
                "finding.CONVICTION_PENDING",
                ConvictionEvidence.summaryArguments(matched, context));
        findings.add(finding.build());
      }
    }
    return findings;
  }
}
