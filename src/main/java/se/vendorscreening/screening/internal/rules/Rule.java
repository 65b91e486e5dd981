package se.vendorscreening.screening.internal.rules;

import java.util.List;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/** One rule of docs/rules.md: turns a party's evidence into findings. */
interface Rule {

  /** The rule id, e.g. {@code CONVICTION_MANDATORY}. */
  RuleId id();

  /** The findings about the party, possibly none. */
  List<Finding> evaluate(PartyEvidence evidence, RuleContext context);
}
