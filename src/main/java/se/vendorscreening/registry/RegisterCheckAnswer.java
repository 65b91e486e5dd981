package se.vendorscreening.registry;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import se.vendorscreening.shared.IdentityNumber;

/**
 * The coordinated register check's answer about one subject and one exclusion ground
 * (docs/register-check.md).
 *
 * @param subjectId the company's or person's Swedish number
 * @param subjectName the name the check gives, or the subject's as asked
 * @param ground the exclusion ground as an ESPD/eForms code, e.g. {@code
 *     CRITERION.EXCLUSION.CONVICTIONS.CORRUPTION}
 * @param outcome yes, no or unknown
 * @param reference the check's reference for this answer
 * @param checkedDate the day the registers were checked
 * @param validUntil the last day the agency vouches for the answer, or null when it does not say
 */
public record RegisterCheckAnswer(
    IdentityNumber subjectId,
    String subjectName,
    String ground,
    RegisterCheckOutcome outcome,
    String reference,
    LocalDate checkedDate,
    LocalDate validUntil) {

  public RegisterCheckAnswer {
    Objects.requireNonNull(ground, "ground");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(checkedDate, "checkedDate");
  }

  /**
   * Whether the answer still counts on the day: checked on or before it, and neither past its own
   * {@code validUntil} nor older than {@code maxAge}.
   */
  public boolean isCurrentOn(LocalDate day, Period maxAge) {
    if (checkedDate.isAfter(day)) {
      return false;
    }
    if (validUntil != null && validUntil.isBefore(day)) {
      return false;
    }
    return maxAge == null || !checkedDate.plus(maxAge).isBefore(day);
  }
}
