package se.vendorscreening.screening.internal.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.rules.PartyResults;
import se.vendorscreening.screening.internal.rules.RuleContext;
import se.vendorscreening.screening.internal.rules.SubcontractorFlaggedRule;
import se.vendorscreening.screening.internal.stores.PartyResultStore;

/**
 * Puts a vendor under REVIEW when one of its subcontractors is EXCLUDE or REVIEW (after that
 * subcontractor's overrides), then applies the vendor's own overrides again, since overrides come
 * last. Through every tier: a subcontractor flagged by its own subcontractor flags the party it
 * works under in turn, up to the tenderer.
 */
public final class SubcontractorFlags {

  private final SubcontractorFlaggedRule rule = new SubcontractorFlaggedRule();

  /**
   * Flags every party above a flagged subcontractor, each after all of its subcontractors are
   * final, so that a flag reaches the tenderer through any number of tiers. The chains are a
   * JGraphT graph ({@link SubcontractorChains}): the parties above the flagged subcontractors are
   * found by a breadth-first walk up the chains, and flagged in a topological order of the chains
   * (a party after its subcontractors); parent links that run in a circle (which the import
   * rejects, but a register may hold) are one component of that order, followed once and never
   * forever.
   *
   * @param links every subcontractor of the run with the party it works under
   * @param results the stored results of the parties concerned, by [procurement id, party key]
   * @param overridesOf a party's overrides, by party key
   * @return the results that changed, in the order they were flagged
   */
  List<PartyResult> propagate(
      List<PartyResultStore.SubcontractorRef> links,
      Map<List<String>, PartyResult> results,
      RuleContext context,
      Function<String, List<AppliedOverride>> overridesOf) {
    SubcontractorChains chains = new SubcontractorChains(links);
    List<List<String>> flaggedSubcontractors = new ArrayList<>();
    for (Map.Entry<List<String>, PartyResult> result : results.entrySet()) {
      if (SubcontractorFlaggedRule.flags(result.getValue().decision())
          && chains.above(result.getKey()) != null) {
        flaggedSubcontractors.add(result.getKey());
      }
    }
    Map<List<String>, PartyResult> current = new LinkedHashMap<>(results);
    Map<List<String>, PartyResult> changed = new LinkedHashMap<>();
    for (List<String> parent : chains.everyPartyAboveSubcontractorsFirst(flaggedSubcontractors)) {
      PartyResult vendor = current.get(parent);
      if (vendor == null) {
        continue;
      }
      List<PartyResult> subcontractors = new ArrayList<>();
      for (List<String> child : chains.below(parent)) {
        PartyResult subcontractor = current.get(child);
        if (subcontractor != null) {
          subcontractors.add(subcontractor);
        }
      }
      PartyResult flagged =
          flag(vendor, subcontractors, context, overridesOf.apply(vendor.partyKey()));
      if (flagged != vendor) {
        current.put(parent, flagged);
        changed.put(parent, flagged);
      }
    }
    return new ArrayList<>(changed.values());
  }

  /**
   * The vendor's result with a {@code SUBCONTRACTOR_FLAGGED} finding for each flagged subcontractor
   * (in the order given), or the result unchanged when none is flagged.
   */
  public PartyResult flag(
      PartyResult vendor,
      List<PartyResult> subcontractors,
      RuleContext context,
      List<AppliedOverride> vendorOverrides) {
    List<Finding> added = new ArrayList<>();
    RuleContext regime = context.under(vendor.procurementType());
    for (PartyResult subcontractor : subcontractors) {
      if (SubcontractorFlaggedRule.flags(subcontractor.decision())) {
        added.add(rule.findingFor(vendor, subcontractor, regime));
      }
    }
    if (added.isEmpty()) {
      return vendor;
    }
    List<Finding> findings = new ArrayList<>(vendor.findings());
    findings.addAll(added);
    return PartyResults.withFindings(vendor, findings, vendorOverrides, regime);
  }
}
