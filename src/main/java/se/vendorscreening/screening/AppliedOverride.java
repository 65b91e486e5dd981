package se.vendorscreening.screening;

import java.time.Instant;
import java.time.LocalDate;
import se.vendorscreening.shared.Decision;

/**
 * An officer's decision that replaced a rule's decision in a run.
 *
 * @param ruleId the rule overridden
 * @param decision the decision the officer set (CLEAR or REVIEW)
 * @param reason why, e.g. accepted self-cleaning
 * @param actor who decided
 * @param recordedAt when it was recorded
 * @param expires the last day it applies, or null
 */
public record AppliedOverride(
    String ruleId,
    Decision decision,
    String reason,
    String actor,
    Instant recordedAt,
    LocalDate expires) {}
