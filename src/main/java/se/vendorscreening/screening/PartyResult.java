package se.vendorscreening.screening;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;

/**
 * One party's outcome in one run.
 *
 * @param procurementId the procurement
 * @param procurementType its regime
 * @param partyKey the register's key of the party
 * @param orgNo as reports show it: {@code NNNNNN-NNNN}, masked for a sole trader, or {@code CC:id}
 * @param name the party's name
 * @param role vendor or subcontractor
 * @param parentOrgNo a subcontractor's vendor as {@code orgNo} shows it, else null
 * @param computedDecision the decision the rules gave
 * @param decision the decision after overrides
 * @param findings every finding, whatever the decision, in rule order
 * @param contracts the party's contracts in the procurement
 * @param overrides the overrides applied, if any
 * @param personsChecked the persons whose records were asked for: the party's representatives, and
 *     a sole trader's owner; null for results stored before runs counted them
 */
public record PartyResult(
    String procurementId,
    ProcurementType procurementType,
    String partyKey,
    String orgNo,
    String name,
    PartyRole role,
    String parentOrgNo,
    Decision computedDecision,
    Decision decision,
    List<Finding> findings,
    List<Contract> contracts,
    List<AppliedOverride> overrides,
    Integer personsChecked) {

  /** A result without a count of the persons checked. */
  public PartyResult(
      String procurementId,
      ProcurementType procurementType,
      String partyKey,
      String orgNo,
      String name,
      PartyRole role,
      String parentOrgNo,
      Decision computedDecision,
      Decision decision,
      List<Finding> findings,
      List<Contract> contracts,
      List<AppliedOverride> overrides) {
    this(
        procurementId,
        procurementType,
        partyKey,
        orgNo,
        name,
        role,
        parentOrgNo,
        computedDecision,
        decision,
        findings,
        contracts,
        overrides,
        null);
  }

  public PartyResult {
    Objects.requireNonNull(decision, "decision");
    findings = List.copyOf(findings);
    contracts = List.copyOf(contracts);
    overrides = List.copyOf(overrides);
  }

  /** The ids of the rules that fired (not the informational ones), sorted. */
  public SortedSet<String> ruleIds() {
    SortedSet<String> ids = new TreeSet<>();
    findings.stream().filter(f -> !f.informational()).forEach(f -> ids.add(f.ruleId()));
    return ids;
  }

  /**
   * The ESPD/eForms codes of the grounds its findings that count (not the informational ones) are
   * about, sorted: the {@code exclusion_grounds} of results.csv (docs/evidence.md).
   */
  public SortedSet<String> exclusionGrounds() {
    SortedSet<String> codes = new TreeSet<>();
    findings.stream().filter(f -> !f.informational()).forEach(f -> codes.addAll(f.groundCodes()));
    return codes;
  }

  /**
   * The kinds of evidence its findings rest on, informational ones included (a statement or
   * document accepted for a ground is one), sorted: the {@code evidence_kinds} of results.csv.
   */
  public SortedSet<String> evidenceKinds() {
    SortedSet<String> kinds = new TreeSet<>();
    findings.forEach(f -> f.evidenceKinds().forEach(k -> kinds.add(k.name())));
    return kinds;
  }

  /** Whether an officer must act: EXCLUDE, REVIEW or INCOMPLETE. */
  public boolean isFlagged() {
    return decision != Decision.CLEAR;
  }
}
