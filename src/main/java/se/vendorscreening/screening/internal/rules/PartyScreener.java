package se.vendorscreening.screening.internal.rules;

import java.util.ArrayList;
import java.util.List;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.shared.Decision;

/**
 * Screens one party: runs every rule over its evidence, turns findings that rest on a name alone
 * into possible matches, lists them in rule order, decides, and applies the officers' overrides.
 */
public final class PartyScreener {

  static final List<Rule> RULES =
      List.of(
          ConvictionRule.MANDATORY,
          ConvictionRule.PENDING,
          ConvictionRule.OTHER,
          TaxRule.FINAL_ABOVE_LIMIT,
          TaxRule.UNPAID,
          new EnforcementDebtRule(),
          new CompanyStatusRule(),
          new RegistrationMissingRule(),
          new CreditRiskRule(),
          new CapacityRule(),
          new FinancialNoDataRule(),
          new OrganisedCrimeLinkRule(),
          new RepresentativesMissingRule(),
          new CheckFailedRule());

  private final PossibleMatchRule possibleMatch = new PossibleMatchRule();

  /** The party's findings in rule order. */
  List<Finding> findings(PartyEvidence evidence, RuleContext context) {
    RuleContext regime = context.under(evidence.party().procurementType());
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : RULES) {
      for (Finding finding : rule.evaluate(evidence, regime)) {
        findings.add(
            PossibleMatchRule.appliesTo(finding)
                ? possibleMatch.replace(finding, regime)
                : finding);
      }
    }
    List<Finding> judged = new ArrayList<>(GroundJudge.judge(evidence, findings, regime));
    judged.sort(RuleOrder.FINDINGS);
    return judged;
  }

  /** The party's result: findings, computed decision and decision after overrides. */
  public PartyResult result(
      PartyEvidence evidence, RuleContext context, List<AppliedOverride> overrides) {
    return resultOf(evidence.party(), findings(evidence, context), overrides, context);
  }

  /**
   * A party's result from its findings and the overrides recorded for it: those that still cover
   * their rule's records apply, the others leave a note among the findings.
   */
  static PartyResult resultOf(
      RegisteredParty party,
      List<Finding> ruleFindings,
      List<AppliedOverride> overrides,
      RuleContext context) {
    Decision computed = Decisions.computed(ruleFindings);
    OverrideJudgement judgement =
        OverrideJudgement.judge(
            party.procurementId(),
            party.name(),
            party.displayedOrgNo(),
            ruleFindings,
            overrides,
            context.under(party.procurementType()));
    List<AppliedOverride> applied = judgement.applied();
    List<Finding> findings = judgement.withNotes(ruleFindings);
    return new PartyResult(
        party.procurementId(),
        party.procurementType(),
        party.key(),
        party.displayedOrgNo(),
        party.name(),
        party.role(),
        PartyKeys.displayed(party.parentKey()),
        computed,
        Decisions.afterOverrides(findings, applied),
        findings,
        party.contracts(),
        applied,
        RepresentativesMissingRule.personsChecked(party));
  }
}
