package se.vendorscreening.graph.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.vendorscreening.graph.GraphEdge;
import se.vendorscreening.graph.GraphInputs;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.graph.internal.RelationshipGraph.Membership;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.shared.RuleId;

/**
 * SANCTIONED_SUBCONTRACTOR: a subcontractor (at any tier) under sanctioned ownership ({@link
 * SanctionedOwnership#holding}) whose share of the contract value is above the configured share (10
 * %), in a procurement above the EU thresholds: the tenderer it works under is excluded (Reg. (EU)
 * 833/2014 art. 5k, docs/rules.md). The share is the subcontractor's row's {@code
 * subcontract_share_percent}; a subcontractor without one does not fire (it is EXCLUDE itself, and
 * its tenderer is flagged for it as for any excluded subcontractor).
 */
final class SanctionedSubcontractors {

  private SanctionedSubcontractors() {}

  static List<GraphSignal> signals(
      RelationshipGraph relationships, GraphProperties settings, GraphInputs inputs) {
    Map<List<String>, GraphSignal> signals = new LinkedHashMap<>();
    for (Membership subcontractor : relationships.memberships()) {
      BigDecimal share = subcontractor.sharePercent();
      if (!subcontractor.imported()
          || subcontractor.role() != PartyRole.SUBCONTRACTOR
          || share == null
          || share.compareTo(inputs.subcontractorSharePercent()) <= 0) {
        continue;
      }
      List<Membership> chain = new ArrayList<>();
      Membership tenderer = relationships.tendererOf(subcontractor, chain);
      if (tenderer == null
          || !tenderer.imported()
          || !SanctionedOwnership.aboveThresholds(relationships, subcontractor, inputs)) {
        continue;
      }
      SanctionedOwnership.Holding holding =
          SanctionedOwnership.holding(relationships, settings, subcontractor.party());
      if (holding == null) {
        continue;
      }
      List<String> paths = new ArrayList<>();
      List<String> parties = new ArrayList<>();
      List<GraphEdge> edges = new ArrayList<>();
      for (int i = chain.size() - 1; i >= 0; i--) {
        parties.add(relationships.label(chain.get(i).party()));
        if (i > 0) {
          edges.add(
              new GraphEdge(
                  relationships.node(chain.get(i - 1).party()),
                  GraphEdge.SUBCONTRACTS_FOR,
                  null,
                  null,
                  null,
                  null,
                  relationships.node(chain.get(i).party())));
        }
      }
      paths.add(
          String.join(" ← ", parties) + " (" + share.stripTrailingZeros().toPlainString() + " %)");
      paths.addAll(holding.paths());
      edges.addAll(holding.edges());
      Map<String, String> facts = new LinkedHashMap<>();
      facts.put("subcontractor_name", relationships.label(subcontractor.party()));
      facts.put("subcontract_share_percent", share.stripTrailingZeros().toPlainString());
      facts.put(
          "share_limit_percent",
          inputs.subcontractorSharePercent().stripTrailingZeros().toPlainString());
      facts.put("tiers", Integer.toString(chain.size() - 1));
      if (tenderer.contractValueSek() != null) {
        facts.put("contract_value_sek", tenderer.contractValueSek().toPlainString());
      }
      if (inputs.euThresholdSek() != null) {
        facts.put("eu_threshold_sek", inputs.euThresholdSek().toPlainString());
      }
      facts.putAll(holding.facts());
      String tendererKey = relationships.key(tenderer.party()).substring(4);
      // one finding per subcontractor; a tenderer with two gets two
      signals.putIfAbsent(
          List.of(tenderer.procurementId(), tendererKey, facts.get("subcontractor_name")),
          new GraphSignal(
              RuleId.SANCTIONED_SUBCONTRACTOR,
              tenderer.procurementId(),
              tendererKey,
              relationships.label(subcontractor.party()),
              "SUBCONTRACTOR",
              null,
              paths,
              facts,
              edges));
    }
    return new ArrayList<>(signals.values());
  }
}
