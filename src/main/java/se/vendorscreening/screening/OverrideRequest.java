package se.vendorscreening.screening;

import java.time.LocalDate;
import se.vendorscreening.shared.Decision;

/**
 * An officer's decision to record ({@link Overrides#record(OverrideRequest)}).
 *
 * @param orgNo the party's organisation number in any writing, a sole trader's personnummer, or
 *     {@code CC:foreign_id}
 * @param procurementId the procurement it is for, or null for the party in every procurement
 * @param ruleId the rule whose findings it judges, e.g. {@code TAX_UNPAID_FINAL}
 * @param decision CLEAR or REVIEW
 * @param reason why, e.g. accepted self-cleaning
 * @param actor who decided
 * @param expires the last day it applies, or null
 */
public record OverrideRequest(
    String orgNo,
    String procurementId,
    String ruleId,
    Decision decision,
    String reason,
    String actor,
    LocalDate expires) {}
