package se.vendorscreening.screening.internal;

import java.util.List;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.Evidence;
import se.vendorscreening.registry.FinancialStanding;
import se.vendorscreening.registry.NetworkAssessment;
import se.vendorscreening.registry.TaxDebt;

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
 */
record PartyEvidence(
    RegisteredParty party,
    CheckedSubject partySubject,
    List<Matched<ConvictionRecord>> convictions,
    List<Matched<TaxDebt>> debts,
    List<Matched<FinancialStanding>> standings,
    Evidence financialEvidence,
    List<Matched<NetworkAssessment>> assessments,
    List<FailedCheck> failures) {

  PartyEvidence {
    convictions = List.copyOf(convictions);
    debts = List.copyOf(debts);
    standings = List.copyOf(standings);
    assessments = List.copyOf(assessments);
    failures = List.copyOf(failures);
  }

  /** Whether the check failed for the party itself. */
  boolean failed(String check) {
    return failures.stream().anyMatch(f -> f.check().equals(check) && f.subject().isParty());
  }
}
