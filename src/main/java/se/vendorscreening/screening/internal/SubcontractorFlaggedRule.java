package se.vendorscreening.screening.internal;

import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.shared.Decision;

/**
 * A subcontractor of the vendor is EXCLUDE or REVIEW, so the vendor is under REVIEW: it can be
 * required to replace the subcontractor (LOU 14 kap. 7 §, contract terms).
 */
final class SubcontractorFlaggedRule {

  static final String ID = "SUBCONTRACTOR_FLAGGED";

  /** Whether the subcontractor's decision (after overrides) flags its vendor. */
  static boolean flags(Decision subcontractorDecision) {
    return subcontractorDecision == Decision.EXCLUDE || subcontractorDecision == Decision.REVIEW;
  }

  /** The finding the vendor gets for its flagged subcontractor. */
  Finding findingFor(PartyResult subcontractor, RuleContext context) {
    return FindingBuilder.finding(ID, context)
        .subject(subcontractor.name(), "SUBCONTRACTOR", subcontractor.orgNo())
        .evidence("subcontractor_org_no", subcontractor.orgNo())
        .evidence("subcontractor_name", subcontractor.name())
        .evidence("subcontractor_decision", subcontractor.decision())
        .evidence("subcontractor_rule_ids", String.join("|", subcontractor.ruleIds()))
        .summary(
            "finding.SUBCONTRACTOR_FLAGGED",
            subcontractor.name(),
            subcontractor.orgNo(),
            context.texts().label("decision", subcontractor.decision().name()),
            String.join(", ", subcontractor.ruleIds()))
        .build();
  }
}
