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

  /** The overrides recorded for a party that apply (approved, where approval was needed). */
  List<AppliedOverride> of(String orgNo);

  /**
   * Proposes an override that applies only once a second officer approves it (four-eyes, console
   * setting {@code screening.console.overrides.four-eyes}); validated and bound to its records as
   * {@link #record(OverrideRequest)} does, stored PENDING, and published as {@link
   * OverrideProposed}.
   *
   * @throws OverrideRefusedException as {@link #record(OverrideRequest)}
   */
  OverrideProposal propose(OverrideRequest request);

  /**
   * Approves a pending proposal: from now on it applies, and {@link OverrideRecorded} is published
   * with the approver as the one who made it take effect.
   *
   * @throws OverrideRefusedException when the approver proposed it ({@code OWN_PROPOSAL}) or it
   *     does not wait for a decision ({@code NOT_PENDING})
   */
  OverrideProposal approve(long proposalId, String approver);

  /**
   * Rejects a pending proposal, which then never applies; published as {@link OverrideRejected}.
   *
   * @throws OverrideRefusedException as {@link #approve(long, String)}, or when the reason is blank
   */
  OverrideProposal reject(long proposalId, String reviewer, String reason);

  /** Every proposal that waits for a second officer, oldest first. */
  List<OverrideProposal> pending();

  /** The proposals of a party that wait for a second officer or were rejected, oldest first. */
  List<OverrideProposal> proposalsOf(String orgNo);

  /** One proposal, whatever its status. */
  java.util.Optional<OverrideProposal> proposal(long proposalId);
}
