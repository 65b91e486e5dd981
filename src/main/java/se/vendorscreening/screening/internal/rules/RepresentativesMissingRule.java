package se.vendorscreening.screening.internal.rules;

import java.util.List;
import java.util.stream.Collectors;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/**
 * Nobody of the persons the party's legal form requires (board, CEO, signatories, beneficial
 * owners, partners: docs/person-circle.md) has been checked, so the exclusion grounds that rest on
 * those persons (LOU 13 kap. 1 §) cannot be ruled out: fail closed, the decision is INCOMPLETE.
 */
final class RepresentativesMissingRule implements Rule {

  static final RuleId ID = RuleId.REPRESENTATIVES_MISSING;

  @Override
  public RuleId id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(PartyEvidence evidence, RuleContext context) {
    LegalForm form = LegalForm.of(evidence.party());
    if (form.partyIsTheOwner() || circleCount(evidence, form) > 0) {
      return List.of();
    }
    String roles =
        form.circle().stream()
            .map(role -> context.texts().label("role", role.name()))
            .collect(Collectors.joining(", "));
    return List.of(
        FindingBuilder.finding(ID, context)
            .about(evidence.partySubject())
            .evidence("legal_form", context.texts().label("form", form.name()))
            .evidence("required_roles", roles)
            .evidence("persons_checked", personsChecked(evidence.party(), form))
            .ruleSummary(
                evidence.party().name(),
                context.texts().label("form", form.name()),
                roles,
                personsChecked(evidence.party(), form))
            .build());
  }

  private static long circleCount(PartyEvidence evidence, LegalForm form) {
    return evidence.party().representatives().stream()
        .map(RegisteredRepresentative::role)
        .filter(form.circle()::contains)
        .count();
  }

  /**
   * The persons a party's screening asked the registries about: its representatives (a person with
   * two roles once), and for a sole trader the owner, who is the party itself.
   */
  static int personsChecked(RegisteredParty party, LegalForm form) {
    long representatives =
        party.representatives().stream()
            .map(r -> r.personId() != null ? r.personId().canonical() : r.name() + "|" + r.birth())
            .distinct()
            .count();
    return (int) representatives + (form.partyIsTheOwner() ? 1 : 0);
  }

  /** {@link #personsChecked(RegisteredParty, LegalForm)} for the party's own form. */
  static int personsChecked(RegisteredParty party) {
    return personsChecked(party, LegalForm.of(party));
  }
}
