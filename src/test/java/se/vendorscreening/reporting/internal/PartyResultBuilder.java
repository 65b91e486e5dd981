package se.vendorscreening.reporting.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.ContractStatus;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;

/** Builds party results as the screening module would store them, with sensible defaults. */
final class PartyResultBuilder {

  private String procurementId = "KS-2026/317";
  private String orgNo = "555242-9028";
  private String name = "Huddinge Bygg & Mark AB";
  private PartyRole role = PartyRole.VENDOR;
  private String parentOrgNo;
  private Decision computedDecision;
  private Decision decision;
  private final List<Finding> findings = new ArrayList<>();
  private final List<Contract> contracts = new ArrayList<>();
  private final List<AppliedOverride> overrides = new ArrayList<>();

  static PartyResultBuilder aPartyResult() {
    return new PartyResultBuilder();
  }

  static Contract aContract(String id, String start) {
    return new Contract(
        id,
        ContractStatus.ACTIVE,
        LocalDate.parse(start),
        LocalDate.parse(start).plusYears(2).minusDays(1),
        new BigDecimal("1200000"));
  }

  PartyResultBuilder inProcurement(String procurementId) {
    this.procurementId = procurementId;
    return this;
  }

  PartyResultBuilder withOrgNo(String orgNo) {
    this.orgNo = orgNo;
    return this;
  }

  PartyResultBuilder named(String name) {
    this.name = name;
    return this;
  }

  PartyResultBuilder asSubcontractorOf(String parentOrgNo) {
    this.role = PartyRole.SUBCONTRACTOR;
    this.parentOrgNo = parentOrgNo;
    return this;
  }

  PartyResultBuilder withDecision(Decision decision) {
    this.decision = decision;
    return this;
  }

  PartyResultBuilder withComputedDecision(Decision computedDecision) {
    this.computedDecision = computedDecision;
    return this;
  }

  PartyResultBuilder withFinding(FindingBuilder finding) {
    findings.add(finding.build());
    return this;
  }

  PartyResultBuilder withContract(String id, String start) {
    contracts.add(aContract(id, start));
    return this;
  }

  PartyResultBuilder withContract(Contract contract) {
    contracts.add(contract);
    return this;
  }

  PartyResultBuilder withOverride(String ruleId, Decision decision, String reason) {
    overrides.add(
        new AppliedOverride(
            ruleId,
            decision,
            reason,
            "Maria Lindqvist",
            Instant.parse("2026-11-02T09:15:00Z"),
            LocalDate.parse("2027-11-01")));
    return this;
  }

  PartyResult build() {
    Decision ruled =
        findings.stream()
            .filter(f -> !f.informational())
            .map(Finding::decision)
            .reduce(Decision.CLEAR, Decision::mostSevere);
    Decision computed = computedDecision != null ? computedDecision : ruled;
    return new PartyResult(
        procurementId,
        ProcurementType.LOU,
        "party:" + orgNo,
        orgNo,
        name,
        role,
        parentOrgNo,
        computed,
        decision != null ? decision : computed,
        findings,
        contracts,
        overrides);
  }
}
