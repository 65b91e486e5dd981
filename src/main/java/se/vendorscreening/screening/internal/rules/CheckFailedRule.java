package se.vendorscreening.screening.internal.rules;

import java.util.List;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/**
 * A registry could not answer after its retries, so the party cannot be cleared: fail closed, the
 * decision is INCOMPLETE and the finding says which check failed and why.
 */
final class CheckFailedRule implements Rule {

  static final RuleId ID = RuleId.CHECK_FAILED;

  @Override
  public RuleId id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(PartyEvidence evidence, RuleContext context) {
    return evidence.failures().stream()
        .map(
            failure ->
                FindingBuilder.finding(ID, context)
                    .about(failure.subject())
                    .evidence("check", failure.check())
                    .evidence("reason", failure.reason())
                    .ruleSummary(
                        context.texts().label("check", failure.check()),
                        failure.subject().subject().name(),
                        failure.reason())
                    .build())
        .toList();
  }
}
