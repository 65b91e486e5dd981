package se.vendorscreening.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import se.vendorscreening.shared.Decision;

/**
 * Records officers' overrides, which later runs apply while the records they judged are the ones
 * their rule fires on (docs/overrides.md). The command line ({@code override}) and the web console
 * both record through this port.
 */
public interface Overrides {

  /**
   * Records an override of one rule for one party and publishes {@link OverrideRecorded}. The
   * override judges the records behind the rule's findings in the party's latest completed run (in
   * the request's procurement, when it names one); it is stored with them.
   *
   * @return the override as stored, with the records it covers
   * @throws OverrideRefusedException when the number, rule, decision, reason or actor is not valid;
   *     when no completed run shows the party, or its latest run does not show the rule; or when
   *     the decision is CLEAR and the rule's findings name no record (CHECK_FAILED,
   *     REPRESENTATIVES_MISSING)
   */
  AppliedOverride record(OverrideRequest request);

  /**
   * Records an override for the party in every procurement.
   *
   * @see #record(OverrideRequest)
   */
  default AppliedOverride record(
      String orgNo,
      String ruleId,
      Decision decision,
      String reason,
      String actor,
      LocalDate expires) {
    return record(new OverrideRequest(orgNo, null, ruleId, decision, reason, actor, expires));
  }

  /**
   * What an override of the party could judge now: each rule its latest completed run shows (in the
   * procurement, or in any when null), with the records an override of it would cover (empty for a
   * rule whose findings name none, which only REVIEW may override). Empty when no completed run
   * shows the party.
   *
   * @throws OverrideRefusedException when the number is not valid
   */
  SortedMap<String, List<String>> judgeable(String orgNo, String procurementId);

  /** The overrides recorded for a party, oldest first. */
  List<AppliedOverride> of(String orgNo);
}
