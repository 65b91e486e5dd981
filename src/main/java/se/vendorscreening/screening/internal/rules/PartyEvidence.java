package se.vendorscreening.screening.internal.rules;

import java.util.List;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.Evidence;
import se.vendorscreening.registry.FinancialStanding;
import se.vendorscreening.registry.NetworkAssessment;
import se.vendorscreening.registry.TaxDebt;
import se.vendorscreening.screening.GroundEvidence;

/**
 * Everything the registries said about one party and its representatives, matched.
 *
 * @param party the party
 * @param partySubject the party as a checked subject
 * @param convictions convictions of the party (corporate fines) and its representatives
 * @param debts the party's debts in enforcement
 * @param standings the party's financial-standing records (normally at most one)
 * @param financialEvidence the financial-standing answer's evidence, or null when not asked
 * @param assessments network assessments naming the party or a representative
 * @param failures checks that could not be done
 * @param groundEvidence statements, vendor documents and register-check answers about its grounds
 *     (docs/evidence.md)
 */
public record PartyEvidence(
    RegisteredParty party,
    CheckedSubject partySubject,
    List<Matched<ConvictionRecord>> convictions,
    List<Matched<TaxDebt>> debts,
    List<Matched<FinancialStanding>> standings,
    Evidence financialEvidence,
    List<Matched<NetworkAssessment>> assessments,
    List<FailedCheck> failures,
    List<GroundEvidence> groundEvidence) {

  /** Evidence without statements, documents or register-check answers. */
  public PartyEvidence(
      RegisteredParty party,
      CheckedSubject partySubject,
      List<Matched<ConvictionRecord>> convictions,
      List<Matched<TaxDebt>> debts,
      List<Matched<FinancialStanding>> standings,
      Evidence financialEvidence,
      List<Matched<NetworkAssessment>> assessments,
      List<FailedCheck> failures) {
    this(
        party,
        partySubject,
        convictions,
        debts,
        standings,
        financialEvidence,
        assessments,
        failures,
        List.of());
  }

  /** The same evidence with statements, documents or register-check answers (and failures). */
  public PartyEvidence with(List<GroundEvidence> more, List<FailedCheck> moreFailures) {
    List<GroundEvidence> items = new java.util.ArrayList<>(groundEvidence);
    items.addAll(more);
    List<FailedCheck> failed = new java.util.ArrayList<>(failures);
    failed.addAll(moreFailures);
    return new PartyEvidence(
        party,
        partySubject,
        convictions,
        debts,
        standings,
        financialEvidence,
        assessments,
        failed,
        items);
  }

  public PartyEvidence {
    convictions = List.copyOf(convictions);
    debts = List.copyOf(debts);
    standings = List.copyOf(standings);
    assessments = List.copyOf(assessments);
    failures = List.copyOf(failures);
    groundEvidence = groundEvidence == null ? List.of() : List.copyOf(groundEvidence);
  }

  /** Whether the check failed for the party itself. */
  boolean failed(String check) {
    return failures.stream().anyMatch(f -> f.check().equals(check) && f.subject().isParty());
  }
}
