package se.vendorscreening.screening.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.RuleId;

/**
 * A subcontractor of the vendor is EXCLUDE or REVIEW, so the vendor is under REVIEW: it can be
 * required to replace the subcontractor (LOU 14 kap. 7 §, contract terms). A subcontractor at a
 * deeper tier flags the one it works under, and so on up to the tenderer; the finding's {@code
 * explanation_path} names every party of the chain, from the flagged party up to the one that
 * causes it.
 */
public final class SubcontractorFlaggedRule {

  static final RuleId ID = RuleId.SUBCONTRACTOR_FLAGGED;

  /** At most this many chains are listed in one finding's explanation. */
  static final int MAX_CHAINS = 10;

  /** Whether the subcontractor's decision (after overrides) flags its vendor. */
  public static boolean flags(Decision subcontractorDecision) {
    return subcontractorDecision == Decision.EXCLUDE || subcontractorDecision == Decision.REVIEW;
  }

  /** The finding the vendor gets for its flagged subcontractor. */
  public Finding findingFor(PartyResult vendor, PartyResult subcontractor, RuleContext context) {
    List<String> chains = chains(vendor, subcontractor);
    return FindingBuilder.finding(ID, context)
        .subject(subcontractor.name(), "SUBCONTRACTOR", subcontractor.orgNo())
        .evidence("subcontractor_org_no", subcontractor.orgNo())
        .evidence("subcontractor_name", subcontractor.name())
        .evidence("subcontractor_decision", subcontractor.decision())
        .evidence("subcontractor_rule_ids", String.join("|", subcontractor.ruleIds()))
        .evidence("explanation_path", String.join(" ; ", chains))
        .evidence("tiers", Integer.toString(tiers(chains)))
        .ruleSummary(
            subcontractor.name(),
            subcontractor.orgNo(),
            context.texts().label("decision", subcontractor.decision().name()),
            String.join(", ", subcontractor.ruleIds()))
        .build();
  }

  /**
   * The chains from the vendor down to what flags its subcontractor: {@code Vendor ← Sub} when the
   * subcontractor's own findings flag it, and {@code Vendor ← Sub ← ...} through each of its own
   * SUBCONTRACTOR_FLAGGED findings.
   */
  static List<String> chains(PartyResult vendor, PartyResult subcontractor) {
    Set<String> chains = new LinkedHashSet<>();
    String top = label(vendor) + " ← ";
    boolean own = false;
    for (Finding finding : subcontractor.findings()) {
      if (ID.name().equals(finding.ruleId())) {
        String below = finding.evidence().get("explanation_path");
        if (below == null || below.isBlank()) {
          chains.add(top + label(subcontractor) + " ← " + finding.subjectName());
        } else {
          for (String chain : below.split(" ; ")) {
            chains.add(top + chain);
          }
        }
      } else if (!finding.informational() && flags(finding.decision())) {
        own = true;
      }
    }
    List<String> ordered = new ArrayList<>();
    if (own || chains.isEmpty()) {
      ordered.add(top + label(subcontractor));
    }
    ordered.addAll(chains);
    return ordered.size() > MAX_CHAINS ? ordered.subList(0, MAX_CHAINS) : ordered;
  }

  /** The deepest tier a chain reaches below the vendor. */
  private static int tiers(List<String> chains) {
    int deepest = 1;
    for (String chain : chains) {
      deepest = Math.max(deepest, chain.split(" ← ", -1).length - 1);
    }
    return deepest;
  }

  private static String label(PartyResult party) {
    return party.name() + " (" + party.orgNo() + ")";
  }
}
