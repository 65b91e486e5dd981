package se.vendorscreening.reporting.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.RuleId;

/**
 * Which termination clauses a party's findings invoke (docs/rules.md): each non-informational
 * finding invokes the clauses listing its rule, except findings an officer overrode to CLEAR; the
 * statutory clause (LOU 17:17) only where a mandatory ground arose before a contract started; and a
 * flagged subcontractor also invokes the clause that lets the authority have it replaced.
 */
final class ApplicableClauses {

  private static final Set<RuleId> MANDATORY_RULES =
      EnumSet.of(RuleId.CONVICTION_MANDATORY, RuleId.TAX_UNPAID_FINAL);

  private final ClauseCatalogue catalogue;

  ApplicableClauses(ClauseCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The ids of the clauses that apply to any of the party's contracts, sorted. */
  SortedSet<String> forParty(PartyResult party) {
    SortedSet<String> ids = new TreeSet<>();
    if (party.contracts().isEmpty()) {
      ids.addAll(nonStatutory(party));
      return ids;
    }
    party.contracts().forEach(contract -> ids.addAll(forContract(party, contract)));
    return ids;
  }

  /** The ids of the clauses that apply to one of the party's contracts, sorted. */
  SortedSet<String> forContract(PartyResult party, Contract contract) {
    SortedSet<String> ids = new TreeSet<>(nonStatutory(party));
    if (catalogue.byId(ClauseCatalogue.STATUTORY).isPresent()
        && actionable(party).anyMatch(finding -> groundedBeforeStart(finding, contract))) {
      ids.add(ClauseCatalogue.STATUTORY);
    }
    return ids;
  }

  /** The clauses themselves, in id order. */
  List<Clause> clauses(SortedSet<String> ids) {
    List<Clause> clauses = new ArrayList<>();
    ids.forEach(id -> catalogue.byId(id).ifPresent(clauses::add));
    return clauses;
  }

  private SortedSet<String> nonStatutory(PartyResult party) {
    SortedSet<String> ids = new TreeSet<>();
    actionable(party)
        .forEach(finding -> catalogue.invokedBy(finding.ruleId()).forEach(c -> ids.add(c.id())));
    if (party.role() == PartyRole.SUBCONTRACTOR
        && !ids.isEmpty()
        && catalogue.byId(ClauseCatalogue.SUBCONTRACTOR).isPresent()) {
      ids.add(ClauseCatalogue.SUBCONTRACTOR);
    }
    return ids;
  }

  private static java.util.stream.Stream<Finding> actionable(PartyResult party) {
    Set<String> clearedRules = new TreeSet<>();
    for (AppliedOverride override : party.overrides()) {
      if (override.decision() == Decision.CLEAR) {
        clearedRules.add(override.ruleId());
      }
    }
    return party.findings().stream()
        .filter(finding -> !finding.informational())
        .filter(finding -> !clearedRules.contains(finding.ruleId()));
  }

  private static boolean groundedBeforeStart(Finding finding, Contract contract) {
    return finding.rule().filter(MANDATORY_RULES::contains).isPresent()
        && finding.decision() == Decision.EXCLUDE
        && finding.groundDate() != null
        && contract.start() != null
        && finding.groundDate().isBefore(contract.start());
  }
}
