package se.vendorscreening.screening;

import java.time.LocalDate;
import java.util.List;
import se.vendorscreening.shared.Decision;

/** Records officers' overrides, which later runs apply (SPEC section 3, {@code override}). */
public interface Overrides {

  /**
   * Records an override of one rule for one party and publishes {@link OverrideRecorded}.
   *
   * @param orgNo the party's organisation number in any writing, a sole trader's personnummer, or
   *     {@code CC:foreign_id}
   * @param ruleId a rule id of DOMAIN section 4
   * @param decision CLEAR or REVIEW
   * @param reason why, e.g. accepted self-cleaning
   * @param actor who decided
   * @param expires the last day it applies, or null
   * @throws IllegalArgumentException when the number, rule or decision is not valid
   */
  AppliedOverride record(
      String orgNo,
      String ruleId,
      Decision decision,
      String reason,
      String actor,
      LocalDate expires);

  /** The overrides recorded for a party, oldest first. */
  List<AppliedOverride> of(String orgNo);
}
